import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ScopedRecord } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { recordHistory } from './audit-log.service.js';
import type { AuditFilter } from './audit.repository.js';
import { auditPageSchema, historyQuerySchema } from './audit.schemas.js';

/**
 * `GET <collection>/:id/history` for a kind of record: its changes, for viewers who may read it.
 * Each module passes how to load its record; the access rule is the same everywhere.
 */
export function registerHistoryRoute(
  app: FastifyInstance,
  options: ModuleOptions & {
    collection: string;
    entityType: string;
    what: string;
    tag: string;
    load: (tx: DbExecutor, id: string) => Promise<ScopedRecord | undefined>;
    /** Parts whose changes belong in the record's history, e.g. an exchange's delegations. */
    parts?: AuditFilter['parts'];
  },
): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `${options.collection}/:id/history`,
    {
      schema: {
        tags: [options.tag],
        summary: `Who changed the ${options.what.toLowerCase()} when, with values before and after (changes recorded in your workspaces)`,
        params: idParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) =>
      recordHistory(
        options.context(request),
        { entityType: options.entityType, what: options.what, id: request.params.id, load: (tx) => options.load(tx, request.params.id), parts: options.parts },
        request.query,
      ),
  );
}
