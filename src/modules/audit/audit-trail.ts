import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { recordAuditEvent } from './audit.service.js';

/** A record of a workspace, as far as its history needs it. */
interface AuditedRecord {
  id: string;
  workspaceId: string;
}

/**
 * The history of one kind of record: each change is one call naming the record (its workspace and
 * id go into the event, its label comes from `label`) and the values before and after.
 * Events of another shape (about a part of the record, without a workspace) use `recordAuditEvent`.
 */
export function auditTrail<Row extends AuditedRecord>(entityType: string, label: (row: Row) => string | null | undefined) {
  const record = (tx: DbExecutor, ctx: ServiceContext, action: 'create' | 'update' | 'delete', row: Row, before: object | null, after: object | null) =>
    recordAuditEvent(tx, ctx, { workspaceId: row.workspaceId, action, entityType, entityId: row.id, label: label(row) ?? null, before, after });
  return {
    created: (tx: DbExecutor, ctx: ServiceContext, row: Row, after: object) => record(tx, ctx, 'create', row, null, after),
    /** A change of the record (or of one of its parts), labelled with the record as it is now. */
    updated: (tx: DbExecutor, ctx: ServiceContext, row: Row, before: object | null, after: object | null) => record(tx, ctx, 'update', row, before, after),
    deleted: (tx: DbExecutor, ctx: ServiceContext, row: Row, before: object | null) => record(tx, ctx, 'delete', row, before, null),
  };
}
