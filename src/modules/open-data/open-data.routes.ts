import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileWord } from '../../core/export/export-labels.js';
import { exportLanguageOf } from '../../core/export/export-language.js';
import { contentDisposition, exportFileName } from '../../core/export/file-names.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { iatiActivitiesQuerySchema } from './iati.schemas.js';
import { currentOpenDataPackage } from './open-data-package.service.js';
import { iatiActivities } from './iati.service.js';
import { popoloEventsSchema, popoloMembershipsSchema, popoloOrganizationsSchema, popoloPersonsSchema, popoloQuerySchema } from './popolo.schemas.js';
import { popoloEvents, popoloMemberships, popoloOrganizations, popoloPersons } from './popolo.service.js';

/** Exports in the formats of open standards, for funders, registries and open-data portals. */
export const openDataRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/iati/activities.xml',
    {
      schema: {
        tags: ['open data'],
        summary:
          'Projects and separately funded plan measures as an IATI 2.03 activity file (valid against the standard’s schema); ' +
          'only what the caller may see. Projects without any date are left out (header x-activities-without-dates)',
        querystring: iatiActivitiesQuerySchema,
      },
    },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      const file = await iatiActivities(context(request), filter);
      const name = exportFileName([fileWord('iati', exportLanguageOf(request, lang)), new Date().toISOString().slice(0, 10)], 'xml');
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', name))
        .header('x-activities-without-dates', String(file.withoutDates))
        .send(file.xml);
    },
  );

  app.get(
    '/api/popolo/organizations.json',
    {
      schema: {
        tags: ['open data'],
        summary: 'The organisations the caller may see, as Popolo organizations',
        querystring: popoloQuerySchema,
        response: { 200: popoloOrganizationsSchema },
      },
    },
    async (request) => popoloOrganizations(context(request), exportLanguageOf(request, request.query.lang)),
  );

  app.get(
    '/api/popolo/persons.json',
    {
      schema: {
        tags: ['open data'],
        summary: 'People whose data may be published (held with consent or for a public task, not erased, visible to the caller), as Popolo persons without contact data',
        response: { 200: popoloPersonsSchema },
      },
    },
    async (request) => popoloPersons(context(request)),
  );

  app.get(
    '/api/popolo/memberships.json',
    {
      schema: {
        tags: ['open data'],
        summary: 'Affiliations of those people with organisations the caller may see, as Popolo memberships',
        response: { 200: popoloMembershipsSchema },
      },
    },
    async (request) => popoloMemberships(context(request)),
  );

  app.get(
    '/api/popolo/events.json',
    {
      schema: {
        tags: ['open data'],
        summary: 'Exchanges the caller may see, as Popolo events with the host organisation',
        querystring: popoloQuerySchema,
        response: { 200: popoloEventsSchema },
      },
    },
    async (request) => popoloEvents(context(request), exportLanguageOf(request, request.query.lang)),
  );

  app.get(
    '/api/open-data.zip',
    {
      schema: {
        tags: ['open data'],
        summary:
          'Every public record as CSV files (partnerships, exchanges, projects, funding, organisations, publishable people, the places and themes they refer to) ' +
          'with a Frictionless Data Package descriptor (datapackage.json: fields, types, keys); rebuilt every night',
      },
    },
    async (request, reply) => {
      const built = await currentOpenDataPackage(context(request));
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', contentDisposition('attachment', exportFileName(['stadtdialog-open-data', built.builtAt.toISOString().slice(0, 10)], 'zip')))
        .header('last-modified', built.builtAt.toUTCString())
        .header('cache-control', 'public, max-age=3600')
        .send(Buffer.from(built.archive));
    },
  );
};
