import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { startPageSchema } from './start.schemas.js';
import { startPage } from './start.service.js';

/** The start page: what the platform holds, and for a signed-in user what awaits them. */
export const startRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/start',
    {
      // The same for every visitor, and for one signed-in caller: kept until data changes (core/http/visitor-cache, viewer-cache).
      config: { visitorCache: true, viewerCache: true },
      schema: {
        tags: ['start'],
        summary: 'The start page in one answer: counts, a map of partnerships, upcoming exchanges and new documents the viewer may see; for a signed-in user also what awaits them',
        response: { 200: startPageSchema },
      },
    },
    async (request) => startPage(context(request)),
  );
};
