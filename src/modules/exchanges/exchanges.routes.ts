import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { exchangeDetailSchema, exchangeListQuerySchema, exchangePageSchema } from './exchanges.schemas.js';
import { getExchange, listExchanges } from './exchanges.service.js';

export const exchangesRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/exchanges',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'List exchanges (visits, workshops, trips, network meetings), newest first',
        querystring: exchangeListQuerySchema,
        response: { 200: exchangePageSchema },
      },
    },
    async (request) => listExchanges(context(request), request.query),
  );

  app.get(
    '/api/exchanges/:id',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'One exchange with its organizations in roles and its delegations',
        params: idParamsSchema,
        response: { 200: exchangeDetailSchema },
      },
    },
    async (request) => getExchange(context(request), request.params.id),
  );
};
