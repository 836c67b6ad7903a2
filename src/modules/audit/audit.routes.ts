import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvStringifier } from '../../core/csv/csv-export.js';
import { contentDisposition, exportFileName } from '../../core/export/file-names.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { workspaceAuditExport, workspaceAuditLog } from './audit-log.service.js';
import { auditPageSchema, workspaceAuditExportQuerySchema, workspaceAuditQuerySchema, type AuditEventView } from './audit.schemas.js';

const CSV_COLUMNS = ['occurred_at', 'actor', 'actor_kind', 'action', 'entity_type', 'entity_id', 'label', 'before', 'after', 'request_id'];

const csvRow = (event: AuditEventView) => [
  event.occurredAt.toISOString(),
  event.actor?.displayName ?? '',
  event.actorKind,
  event.action,
  event.entityType,
  event.entityId,
  event.label ?? '',
  event.before ? JSON.stringify(event.before) : '',
  event.after ? JSON.stringify(event.after) : '',
  event.requestId ?? '',
];

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
        summary: 'The filtered audit log as CSV (owners and coordinators)',
        params: idParamsSchema,
        querystring: workspaceAuditExportQuerySchema,
      },
    },
    async (request, reply) => {
      const events = workspaceAuditExport(context(request), request.params.id, request.query);
      // The first row is read before answering, so a refused request gets its problem response.
      const first = await events.next();
      async function* rows() {
        if (!first.done) yield csvRow(first.value);
        for await (const event of events) yield csvRow(event);
      }
      const day = new Date().toISOString().slice(0, 10);
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', exportFileName(['audit', day], 'csv')))
        .header('cache-control', 'no-store');
      return reply.send(Readable.from(rows()).pipe(csvStringifier(CSV_COLUMNS)));
    },
  );
};
