import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { directoryFilterSchema, directoryMapSchema, directoryPageSchema, directoryQuerySchema } from './directory.schemas.js';
import { directoryMap, listDirectory } from './directory.service.js';

export const matchingDirectoryRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/matching/directory',
    {
      schema: {
        tags: ['matching'],
        summary: 'The public directory: needs and offers published for everyone, filtered, newest first',
        querystring: directoryQuerySchema,
        response: { 200: directoryPageSchema },
      },
    },
    async (request) => listDirectory(context(request), request.query),
  );

  app.get(
    '/api/matching/directory/places',
    {
      schema: {
        tags: ['matching'],
        summary: 'The places of the filtered directory with their counts of needs and offers, for the map',
        querystring: directoryFilterSchema,
        response: { 200: directoryMapSchema },
      },
    },
    async (request) => directoryMap(context(request), request.query),
  );
};
