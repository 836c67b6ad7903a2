import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvStringifier } from '../../core/csv/csv-export.js';
import { columnLabel, fileWord } from '../../core/export/export-labels.js';
import { exportLanguageOf } from '../../core/export/export-language.js';
import { contentDisposition, exportFileName } from '../../core/export/file-names.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { AuditEventText } from './audit-export.js';
import { workspaceAuditExport, workspaceAuditLog } from './audit-log.service.js';
import { auditPageSchema, workspaceAuditExportQuerySchema, workspaceAuditQuerySchema, type AuditEventView } from './audit.schemas.js';

const COLUMNS = ['occurred_at', 'actor', 'action', 'entity_type', 'record', 'changes'] as const;

const csvRow = (text: AuditEventText, event: AuditEventView) => [text.moment(event), text.actor(event), text.action(event), text.entityType(event), event.label ?? '', text.changes(event)];

export const auditRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/workspaces/:id/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Every change in a workspace, newest first, with filters (owners and coordinators)',
        params: idParamsSchema,
        querystring: workspaceAuditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => workspaceAuditLog(context(request), request.params.id, request.query),
  );

  app.get(
    '/api/workspaces/:id/audit.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'The filtered audit log as CSV in the reader’s language, each change readable (owners and coordinators)',
        params: idParamsSchema,
        querystring: workspaceAuditExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      const language = exportLanguageOf(request, lang);
      const text = new AuditEventText(language);
      const events = workspaceAuditExport(context(request), request.params.id, filter);
      // The first row is read before answering, so a refused request gets its problem response.
      const first = await events.next();
      async function* rows() {
        if (!first.done) yield csvRow(text, first.value);
        for await (const event of events) yield csvRow(text, event);
      }
      const day = new Date().toISOString().slice(0, 10);
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', exportFileName([fileWord('audit', language), day], 'csv')))
        .header('cache-control', 'no-store');
      return reply.send(Readable.from(rows()).pipe(csvStringifier(COLUMNS.map((column) => columnLabel(column, language)))));
    },
  );
};
