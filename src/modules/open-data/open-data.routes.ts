import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition, exportFileName } from '../../core/export/file-names.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { iatiActivitiesQuerySchema } from './iati.schemas.js';
import { iatiActivities } from './iati.service.js';

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
      const file = await iatiActivities(context(request), request.query);
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', exportFileName(['iati-activities', new Date().toISOString().slice(0, 10)], 'xml')))
        .header('x-activities-without-dates', String(file.withoutDates))
        .send(file.xml);
    },
  );
};
