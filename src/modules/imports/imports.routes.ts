import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localizeCsvIssues } from '../../core/csv/csv-issues.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { sendCsv } from '../../core/csv/csv-export.js';
import { exportFileName } from '../../core/export/file-names.js';
import { csvBodySchema } from '../../core/http/common-schemas.js';
import { importParamsSchema, importQuerySchema, importReportSchema } from './imports.schemas.js';
import { DATABASE_COLUMNS, partnershipDatabaseLinks } from './partnership-database-export.js';
import { importCsv } from './imports.service.js';

export const importsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/imports/:kind',
    {
      schema: {
        tags: ['imports'],
        summary: 'Import organizations or people from CSV (body: text/csv); a dry run reports every bad row and writes nothing',
        description:
          'Every row is checked first; each problem comes back with its line, column and reason. Nothing is written in a dry run, ' +
          'nor while any row is invalid unless skipInvalid=true. Columns: see the README.',
        params: importParamsSchema,
        querystring: importQuerySchema,
        body: csvBodySchema,
        consumes: ['text/csv', 'text/plain'],
        response: { 200: importReportSchema },
      },
    },
    async (request) =>
      localizeCsvIssues(
        await importCsv(context(request), request.params.kind, {
          workspaceId: request.query.workspaceId,
          csv: request.body,
          dryRun: request.query.dryRun,
          skipInvalid: request.query.skipInvalid,
        }),
        request.headers['accept-language'],
      ),
  );

  app.get(
    '/api/imports/partnerships/export.csv',
    {
      schema: {
        tags: ['imports'],
        summary:
          'The partnerships the caller may see in the form of the German partnership database, as the partnership import reads it: ' +
          'twinnings, friendships, contacts and project partnerships between a German town and one other town',
      },
    },
    async (request, reply) =>
      sendCsv(reply, exportFileName(['Partnerschaften', new Date().toISOString().slice(0, 10)], 'csv'), DATABASE_COLUMNS, partnershipDatabaseLinks(context(request))),
  );
};

