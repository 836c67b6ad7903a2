import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { listHistory } from './audit-history.service.js';
import { historyPageSchema, historyQuerySchema } from './audit.schemas.js';

export const auditRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/history',
    {
      schema: {
        tags: ['history'],
        summary: 'The changes of a place, organization, person or theme, newest first (members of the workspaces that made them)',
        querystring: historyQuerySchema,
        response: { 200: historyPageSchema },
      },
    },
    async (request) => listHistory(context(request), request.query),
  );
};
