import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { insertAuditEvent } from './audit.repository.js';
import type { AuditAction } from './audit.tables.js';

export interface AuditedChange {
  workspaceId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  label?: string | null;
  before?: object | null;
  after?: object | null;
}

/**
 * Records who changed what, with the values before and after, inside the change's own
 * transaction; returns the event's id.
 */
export async function recordAuditEvent(tx: DbExecutor, ctx: ServiceContext, change: AuditedChange): Promise<number> {
  const { viewer } = ctx;
  return insertAuditEvent(tx, {
    workspaceId: change.workspaceId,
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actorKind: viewer.kind === 'user' ? (viewer.via.kind === 'token' ? 'token' : 'user') : 'system',
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    label: change.label ?? null,
    before: toJson(change.before),
    after: toJson(change.after),
    requestId: ctx.requestId,
  });
}

/** Dates and other values as they would appear in the API, so history shows what users saw. */
function toJson(value: object | null | undefined): Record<string, unknown> | null {
  return value ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : null;
}

/** The history route every module registers for its records, and the names of records in a history. */
export { registerHistoryRoute } from './history-route.js';
export { referencesOf, registerReferenceResolver, type RecordReference } from './record-references.js';
/** Recorded events, for the modules that read them back (a person's history, undoing a merge). */
export { findAuditEvent, listAuditEvents, recordedValuesOf, undoneMerges } from './audit.repository.js';

/** A record of a workspace, as far as its history needs it. */
interface AuditedRecord {
  id: string;
  /** Records outside every workspace (accounts) have none. */
  workspaceId?: string | null;
}

/**
 * The history of one kind of record: each change is one call naming the record (its workspace and
 * id go into the event, its label comes from `label`) and the values before and after.
 * Events of another shape (about a part of the record, without a workspace) use `recordAuditEvent`.
 */
export function auditTrail<Row extends AuditedRecord>(entityType: string, label: (row: Row) => string | null | undefined) {
  const record = (tx: DbExecutor, ctx: ServiceContext, action: 'create' | 'update' | 'delete', row: Row, before: object | null, after: object | null) =>
    recordAuditEvent(tx, ctx, { workspaceId: row.workspaceId ?? null, action, entityType, entityId: row.id, label: label(row) ?? null, before, after });
  return {
    created: (tx: DbExecutor, ctx: ServiceContext, row: Row, after: object) => record(tx, ctx, 'create', row, null, after),
    /** A change of the record (or of one of its parts), labelled with the record as it is now. */
    updated: (tx: DbExecutor, ctx: ServiceContext, row: Row, before: object | null, after: object | null) => record(tx, ctx, 'update', row, before, after),
    deleted: (tx: DbExecutor, ctx: ServiceContext, row: Row, before: object | null) => record(tx, ctx, 'delete', row, before, null),
  };
}

/** A part of a record with an id of its own (a membership, a registration, a need or offer): where its event belongs and its label. */
export interface AuditedPart {
  id: string;
  workspaceId: string | null;
  label?: string | null;
}

/** `auditTrail` of a part of a record: `registrationAudit.deleted(tx, ctx, { workspaceId, id, label }, before)`. */
export const partAuditTrail = (entityType: string) => auditTrail<AuditedPart>(entityType, (part) => part.label);
