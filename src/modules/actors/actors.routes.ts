import { registerHistoryRoute } from '../audit/audit.service.js';
import { findOrganizationRow } from './organizations.repository.js';
import { findPersonRow } from './people.repository.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv } from '../../core/csv/csv-export.js';
import { fileWord } from '../../core/export/export-labels.js';
import { exportLanguageOf } from '../../core/export/export-language.js';
import { exportFileName } from '../../core/export/file-names.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import { registerMergeRoutes } from '../../core/http/merge-routes.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { organizationColumns } from './organization-export.js';
import { peopleColumns } from './people-export.js';
import {
  organizationAutocompleteQuerySchema,
  organizationCandidatesSchema,
  organizationExportQuerySchema,
  organizationCreateSchema,
  organizationDetailSchema,
  organizationListQuerySchema,
  organizationPageSchema,
  organizationSimilarQuerySchema,
  organizationUpdateSchema,
  type OrganizationSummary,
} from './organizations.schemas.js';
import {
  autocompleteOrganizations,
  createOrganization,
  deleteOrganization,
  exportOrganizations,
  getOrganization,
  listOrganizations,
  mergeOrganization,
  similarOrganizations,
  undoOrganizationMerge,
  updateOrganization,
} from './organizations.service.js';
import {
  personCandidatesSchema,
  personExportQuerySchema,
  personCreateSchema,
  personDetailSchema,
  personListQuerySchema,
  personPageSchema,
  personSimilarQuerySchema,
  personUpdateSchema,
  type PersonSummary,
} from './people.schemas.js';
import { createPerson, deletePerson, erasePerson, mergePerson, undoPersonMerge, updatePerson } from './people-changes.service.js';
import { exportPeople, exportPersonData, getPerson, listPeople, similarPeople } from './people.service.js';

const noContent = { 204: z.null() };

export const actorsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerHistoryRoute(app, { context, collection: '/api/organizations', entityType: 'organization', what: 'Organization', tag: 'organizations', load: findOrganizationRow });
  registerHistoryRoute(app, { context, collection: '/api/people', entityType: 'person', what: 'Person', tag: 'people', load: findPersonRow });

  app.get(
    '/api/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'List organizations by name, filtered by country, kind, theme, seat or parent',
        querystring: organizationListQuerySchema,
        response: { 200: organizationPageSchema },
      },
    },
    async (request) => listOrganizations(context(request), request.query),
  );
  app.get(
    '/api/organizations/autocomplete',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Organizations whose name or short name resembles what was typed',
        querystring: organizationAutocompleteQuerySchema,
        response: { 200: organizationCandidatesSchema },
      },
    },
    async (request) => ({ items: await autocompleteOrganizations(context(request), request.query.q, request.query.limit) }),
  );
  app.get(
    '/api/organizations/similar',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Organizations the viewer can see that a new one of this name (and seat) would duplicate, closest first',
        querystring: organizationSimilarQuerySchema,
        response: { 200: organizationCandidatesSchema },
      },
    },
    async (request) => ({ items: await similarOrganizations(context(request), request.query) }),
  );
  app.get(
    '/api/organizations/export.csv',
    {
      schema: {
        tags: ['organizations'],
        summary: 'The filtered list of organizations as CSV in the reader’s language, as the organization import reads it back',
        querystring: organizationExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const language = exportLanguageOf(request, lang);
      const file = exportFileName([fileWord('organizations', language), new Date().toISOString().slice(0, 10)], 'csv');
      return sendCsv<OrganizationSummary>(reply, file, organizationColumns(language), exportOrganizations(context(request), query));
    },
  );
  app.get(
    '/api/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: 'One organization with its seat, parent, sub-organizations, themes and people',
        params: idParamsSchema,
        response: { 200: organizationDetailSchema },
      },
    },
    async (request) => getOrganization(context(request), request.params.id),
  );
  app.post(
    '/api/organizations',
    { schema: { tags: ['organizations'], summary: 'Create an organization', body: organizationCreateSchema, response: { 201: organizationDetailSchema } } },
    async (request, reply) => reply.status(201).send(await createOrganization(context(request), request.body)),
  );
  app.patch(
    '/api/organizations/:id',
    {
      schema: { tags: ['organizations'], summary: 'Change an organization', params: idParamsSchema, body: organizationUpdateSchema, response: { 200: organizationDetailSchema } },
    },
    async (request) => updateOrganization(context(request), request.params.id, request.body),
  );
  app.delete(
    '/api/organizations/:id',
    { schema: { tags: ['organizations'], summary: 'Delete an organization nothing refers to', params: idParamsSchema, response: noContent } },
    async (request, reply) => {
      await deleteOrganization(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  registerMergeRoutes(app, {
    context,
    collection: '/api/organizations',
    tag: 'organizations',
    mergeSummary: 'Merge this organization into another: people, partnerships, exchanges and sub-organizations move there',
    undoSummary: 'Undo an organization merge from the history',
    merge: mergeOrganization,
    undo: undoOrganizationMerge,
  });

  app.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'List people by family name, filtered by organization, theme or language',
        querystring: personListQuerySchema,
        response: { 200: personPageSchema },
      },
    },
    async (request) => listPeople(context(request), request.query),
  );
  app.get(
    '/api/people/similar',
    {
      schema: {
        tags: ['people'],
        summary: 'People the viewer can see that a new entry of this name would duplicate, closest first',
        querystring: personSimilarQuerySchema,
        response: { 200: personCandidatesSchema },
      },
    },
    async (request) => ({ items: await similarPeople(context(request), request.query) }),
  );
  app.get(
    '/api/people/export.csv',
    {
      schema: {
        tags: ['people'],
        summary: 'The filtered list of people as CSV in the reader’s language',
        querystring: personExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const language = exportLanguageOf(request, lang);
      const file = exportFileName([fileWord('people', language), new Date().toISOString().slice(0, 10)], 'csv');
      return sendCsv<PersonSummary>(reply, file, peopleColumns(language), exportPeople(context(request), query));
    },
  );
  app.get(
    '/api/people/:id',
    {
      schema: { tags: ['people'], summary: 'One person with affiliations, themes and consent record', params: idParamsSchema, response: { 200: personDetailSchema } },
    },
    async (request) => getPerson(context(request), request.params.id),
  );
  app.get(
    '/api/people/:id/export',
    { schema: { tags: ['people'], summary: 'Everything held about a person, with its history, as JSON', params: idParamsSchema } },
    async (request, reply) =>
      reply.header('content-disposition', `attachment; filename="person-${request.params.id}.json"`).send(await exportPersonData(context(request), request.params.id)),
  );
  app.post(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Enter a person; entering someone else needs a consent record (lawful basis)',
        body: personCreateSchema,
        response: { 201: personDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createPerson(context(request), request.body)),
  );
  app.patch(
    '/api/people/:id',
    { schema: { tags: ['people'], summary: 'Change a person', params: idParamsSchema, body: personUpdateSchema, response: { 200: personDetailSchema } } },
    async (request) => updatePerson(context(request), request.params.id, request.body),
  );
  app.post(
    '/api/people/:id/erase',
    {
      schema: {
        tags: ['people'],
        summary: 'Erase a person: personal data and its history go, affiliations stay as anonymous entries',
        params: idParamsSchema,
        response: { 200: personDetailSchema },
      },
    },
    async (request) => erasePerson(context(request), request.params.id),
  );
  app.delete(
    '/api/people/:id',
    { schema: { tags: ['people'], summary: 'Delete a person with their affiliations', params: idParamsSchema, response: noContent } },
    async (request, reply) => {
      await deletePerson(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  registerMergeRoutes(app, {
    context,
    collection: '/api/people',
    tag: 'people',
    mergeSummary: 'Merge this person into another: affiliations and themes move there',
    undoSummary: 'Undo a person merge from the history',
    merge: mergePerson,
    undo: undoPersonMerge,
  });
};
