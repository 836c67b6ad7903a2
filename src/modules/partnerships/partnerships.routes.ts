import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { partnershipDetailSchema, partnershipListQuerySchema, partnershipPageSchema } from './partnerships.schemas.js';
import { getPartnership, listPartnerships } from './partnerships.service.js';

export const partnershipsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/partnerships',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'List partnerships (city twinnings, district and project partnerships …) by title',
        querystring: partnershipListQuerySchema,
        response: { 200: partnershipPageSchema },
      },
    },
    async (request) => listPartnerships(context(request), request.query),
  );

  app.get(
    '/api/partnerships/:id',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'One partnership with its parties, parent and child partnerships',
        params: idParamsSchema,
        response: { 200: partnershipDetailSchema },
      },
    },
    async (request) => getPartnership(context(request), request.params.id),
  );
};
