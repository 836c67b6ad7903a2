import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { networkDetailSchema, networkListQuerySchema, networkPageSchema } from './networks.schemas.js';
import { getNetwork, listNetworks } from './networks.service.js';

export const networksRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/networks',
    {
      schema: {
        tags: ['networks'],
        summary: 'List networks whose members meet regularly',
        querystring: networkListQuerySchema,
        response: { 200: networkPageSchema },
      },
    },
    async (request) => listNetworks(context(request), request.query),
  );

  app.get(
    '/api/networks/:id',
    {
      schema: {
        tags: ['networks'],
        summary: 'One network with its members; its meetings are exchanges (GET /api/exchanges?networkId=…)',
        params: idParamsSchema,
        response: { 200: networkDetailSchema },
      },
    },
    async (request) => getNetwork(context(request), request.params.id),
  );
};
