import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../../core/http/module-options.js';
import { searchQuerySchema, searchResultSchema } from './search.schemas.js';
import { recordTitles, search } from './search.service.js';
import { exportLanguageOf } from '../../../core/export/export-language.js';
import { registerReferenceResolver } from '../../audit/audit.service.js';

export const searchRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  // Histories name the records a change refers to by their current titles.
  registerReferenceResolver(recordTitles);

  app.get(
    '/api/search',
    {
      // The same for every visitor, and for one signed-in caller: kept until data changes (core/http/visitor-cache, viewer-cache).
      config: { visitorCache: true, viewerCache: true },
      schema: {
        tags: ['search'],
        summary: 'Search every record and document you may see, in German, English and Ukrainian, with facets',
        description:
          'Words are found in any of their forms (Partnerschaften finds Partnerschaft), without accents, places by any of their names ' +
          '(Kiew, Kyiv, Київ); misspelt words are replaced by the closest words of the index. Snippets are plain text split into ' +
          'segments, the matching words marked with `hit`.',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    // Snippets are taken from the text in the reader's language where that matches.
    async (request) => search(context(request), request.query, exportLanguageOf(request)),
  );
};
