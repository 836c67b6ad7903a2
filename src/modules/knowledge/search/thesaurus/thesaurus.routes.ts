import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../../../core/http/module-options.js';
import { registerHistoryRoute } from '../../../audit/audit.service.js';
import { findThesaurusRow } from './thesaurus.repository.js';
import { thesaurusCreateSchema, thesaurusEntrySchema, thesaurusListQuerySchema, thesaurusPageSchema, thesaurusUpdateSchema } from './thesaurus.schemas.js';
import { createThesaurusEntry, deleteThesaurusEntry, getThesaurusEntry, listThesaurus, updateThesaurusEntry } from './thesaurus.service.js';

const COLLECTION = '/api/search/thesaurus';

export const thesaurusRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerHistoryRoute(app, { context, collection: COLLECTION, entityType: 'search_thesaurus_entry', what: 'Search term entry', tag: 'search', load: findThesaurusRow });

  app.get(
    COLLECTION,
    {
      schema: {
        tags: ['search'],
        summary: 'The search thesaurus: terms of one idea in German, English and Ukrainian, by their first term',
        description: 'A query naming one term of an entry is also searched for its other terms, ranked below the words themselves.',
        querystring: thesaurusListQuerySchema,
        response: { 200: thesaurusPageSchema },
      },
    },
    async (request) => listThesaurus(context(request), request.query),
  );
  app.get(
    `${COLLECTION}/:id`,
    { schema: { tags: ['search'], summary: 'One entry of the search thesaurus', params: idParamsSchema, response: { 200: thesaurusEntrySchema } } },
    async (request) => getThesaurusEntry(context(request), request.params.id),
  );
  app.post(
    COLLECTION,
    {
      schema: {
        tags: ['search'],
        summary: 'Add an entry to the search thesaurus (owners and coordinators): at least two terms, none twice',
        body: thesaurusCreateSchema,
        response: { 201: thesaurusEntrySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createThesaurusEntry(context(request), request.body)),
  );
  app.patch(
    `${COLLECTION}/:id`,
    {
      schema: {
        tags: ['search'],
        summary: 'Change the terms or visibility of an entry (owners and coordinators of its workspace); terms are replaced as a whole',
        params: idParamsSchema,
        body: thesaurusUpdateSchema,
        response: { 200: thesaurusEntrySchema },
      },
    },
    async (request) => updateThesaurusEntry(context(request), request.params.id, request.body),
  );
  app.delete(
    `${COLLECTION}/:id`,
    { schema: { tags: ['search'], summary: 'Remove an entry of the search thesaurus', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteThesaurusEntry(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
