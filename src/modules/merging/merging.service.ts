import { sql } from 'drizzle-orm';
import { canEdit, canRead, type ScopedRecord } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { forbidden, invalidField, notFound, type AppError } from '../../core/errors.js';
import type { MergeAnswer, UndoMergeAnswer } from '../../core/http/merge-routes.js';
import type { ServiceContext } from '../../core/service-context.js';
import { findAuditEvent, recordAuditEvent, undoneMerges } from '../audit/audit.service.js';
import { mergeConflict } from './merging.errors.js';

/** What app_merge() changed: rows re-pointed (by primary key) and rows removed as duplicates. */
export interface MergeChange {
  table: string;
  column: string;
  repointed: Record<string, unknown>[];
  removed: Record<string, unknown>[];
}

export interface MergeResult {
  /** The merged record as it was, with database column names, for the undo. */
  record: Record<string, unknown>;
  changes: MergeChange[];
}


/** How the records of one kind are merged into another of the kind, declared once by its module: `{ table: 'people', entityType: 'person' }`. */
export interface MergeableKind {
  /** The table of the records, e.g. `places`. */
  table: string;
  /** The entity type in the audit history, e.g. `place`. */
  entityType: string;
  /** Tables holding data derived from the merged record, deleted with it rather than moved. */
  derivedTables?: string[];
  /** For records in a tree: whether `candidateId` is the record itself or lies inside it, and how a merge into such a one is refused. */
  tree?: { isSelfOrDescendant: (tx: DbExecutor, id: string, candidateId: string) => Promise<boolean>; refusal: string };
}

/** A kind of record that is deleted only while nothing refers to it, and merged into another of the kind otherwise. */
export interface DeletableKind extends MergeableKind {
  /** Tables of a record's own parts (its names, its themes): their rows do not keep it from being deleted. */
  partTables?: string[];
  /** The module's conflict refusing to delete a record still referred to by `references` (`projects (2), exchanges (1)`). */
  stillReferenced: (references: string) => AppError;
}

export interface MergeRequest {
  /** The merged record; its workspace keeps the history entry, as its members did the merge. */
  from: { id: string; workspaceId: string };
  intoId: string;
  /** The remaining record's label. */
  label: string;
  mergedRecord: object;
  /** The remaining record before and after, when the merge also changes it (e.g. takes over aliases). */
  into?: { before: object; after: object };
}

const regclassArray = (tables: string[]) => sql.raw(`ARRAY[${tables.map((table) => `'${table.replaceAll("'", "''")}'`).join(', ')}]::regclass[]`);

/**
 * Merges record `fromId` into `intoId` in the caller's transaction: every reference in every
 * table (found in the catalog) is re-pointed, collisions under unique indexes are resolved by
 * dropping the duplicate link, the record is deleted, and the audit event on the remaining record
 * holds exactly what changed, so {@link undoMerge} can reverse it. Answers what the merge routes return.
 */
export async function mergeRecords(tx: DbExecutor, ctx: ServiceContext, kind: MergeableKind, request: MergeRequest): Promise<MergeAnswer> {
  if (kind.tree && (await kind.tree.isSelfOrDescendant(tx, request.from.id, request.intoId))) throw invalidField('body.into', 'merge_into_self', kind.tree.refusal);
  if (request.from.id === request.intoId) throw invalidField('body.into', 'merge_into_self', 'must be another record than the one merged');
  const result = await tx.execute<{ merged: MergeResult }>(
    sql`SELECT app_merge(${kind.table}::regclass, ${request.from.id}::uuid, ${request.intoId}::uuid, ${regclassArray(kind.derivedTables ?? [])}) AS merged`,
  );
  const merged = result.rows[0]!.merged;
  const eventId = await recordAuditEvent(tx, ctx, {
    workspaceId: request.from.workspaceId,
    action: 'merge',
    entityType: kind.entityType,
    entityId: request.intoId,
    label: request.label,
    before: { merged: request.mergedRecord, into: request.into?.before ?? null },
    after: { mergedRecordId: request.from.id, mergedInto: request.intoId, table: kind.table, result: merged, into: request.into?.after ?? null },
  });
  return { into: request.intoId, eventId, changes: summarizeMerge(merged) };
}

/** The record a merge goes into, refused as `body.into` when the viewer may not see (or edit) it. */
export function requireMergeTarget<Row extends ScopedRecord>(viewer: Viewer, row: Row | undefined, noun: string, may: 'see' | 'edit' = 'see'): Row {
  const allowed = row && (may === 'edit' ? canEdit(viewer, row) : canRead(viewer, row));
  if (!allowed) throw invalidField('body.into', 'unknown_reference', may === 'edit' ? `refers to no ${noun} you may edit` : `refers to no ${noun} you can see`);
  return row;
}

interface MergeEventAfter {
  mergedRecordId: string;
  mergedInto: string;
  table: string;
  result: MergeResult;
}

/**
 * Reverses a merge recorded in the history: the merged record comes back with its own id, every
 * reference it had is pointed at it again and every link dropped as a duplicate is restored.
 */
export async function undoMerge(
  tx: DbExecutor,
  ctx: ServiceContext,
  eventId: number,
  entityType: string,
  /** Runs before the record is put back, e.g. to give the remaining record its old values again. */
  beforeRestore?: (intoId: string, intoBefore: Record<string, unknown> | null) => Promise<void>,
): Promise<UndoMergeAnswer> {
  const event = await findAuditEvent(tx, eventId);
  if (!event || event.entityType !== entityType) throw notFound('Merge', String(eventId));
  if (event.action !== 'merge') throw invalidField('path.eventId', 'not_a_merge', 'is not a merge');
  const after = event.after as unknown as MergeEventAfter;
  const record = after.result.record;
  const scoped: ScopedRecord = {
    workspaceId: String(record.workspace_id),
    visibility: record.visibility as ScopedRecord['visibility'],
    createdBy: (record.created_by as string | null) ?? null,
  };
  if (!canEdit(ctx.viewer, scoped)) throw forbidden('Only someone who may edit the merged record can undo the merge');
  if ((await undoneMerges(tx, [event])).has(event.id)) throw mergeConflict('merge_undone_already', 'This merge has been undone already');
  const intoBefore = ((event.before as { into?: Record<string, unknown> | null } | null)?.into ?? null);
  await beforeRestore?.(after.mergedInto, intoBefore);
  try {
    await tx.execute(sql`SELECT app_undo_merge(${after.table}::regclass, ${JSON.stringify(after.result)}::jsonb, ${after.mergedInto}::uuid)`);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw mergeConflict('merge_not_undoable', 'The merged record or one of its links exists again; the merge cannot be undone');
    if (code === '23503') throw mergeConflict('merge_not_undoable', 'A record the merged one referred to is gone; the merge cannot be undone');
    throw error;
  }
  await recordAuditEvent(tx, ctx, {
    workspaceId: scoped.workspaceId,
    action: 'restore',
    entityType,
    entityId: after.mergedRecordId,
    label: event.label,
    before: null,
    after: { undoOf: event.id, restoredFrom: after.mergedInto, record },
  });
  return { restoredId: after.mergedRecordId, into: after.mergedInto };
}

/** The undo service of a kind of record that needs nothing beyond {@link undoMerge}. */
export function undoMergeOf(entityType: string): (ctx: ServiceContext, eventId: number) => Promise<UndoMergeAnswer> {
  return (ctx, eventId) => ctx.transaction((tx, ctx) => undoMerge(tx, ctx, eventId, entityType));
}

/** How many rows of which tables refer to a record, from the catalog's foreign keys. */
async function countReferences(tx: DbExecutor, table: string, id: string, ignoredTables: string[] = []): Promise<Map<string, number>> {
  const columns = await tx.execute<{ referencing: string; column_name: string }>(
    sql`SELECT referencing::text AS referencing, column_name FROM app_referencing_columns(${table}::regclass)`,
  );
  const counts = new Map<string, number>();
  for (const { referencing, column_name: column } of columns.rows) {
    if (ignoredTables.includes(referencing)) continue;
    const result = await tx.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(referencing)} WHERE ${sql.identifier(column)} = ${id}::uuid`,
    );
    const n = Number(result.rows[0]?.n ?? 0);
    if (n > 0) counts.set(referencing, (counts.get(referencing) ?? 0) + n);
  }
  return counts;
}

/**
 * The tables still referring to a record, with how many rows each (`projects (2), exchanges (1)`),
 * or null when none does: a record still referred to is merged into another, not deleted.
 */
async function describeReferences(tx: DbExecutor, table: string, id: string, ignoredTables: string[] = []): Promise<string | null> {
  const references = await countReferences(tx, table, id, ignoredTables);
  return references.size > 0 ? [...references].map(([referencing, n]) => `${referencing} (${n})`).join(', ') : null;
}

/**
 * Deletes a record of the kind with `remove` when no other row refers to it (its own parts aside);
 * one still referred to is refused with the kind's conflict naming the referring tables, to be merged instead.
 */
export async function deleteUnlessReferenced(tx: DbExecutor, kind: DeletableKind, id: string, remove: () => Promise<unknown>): Promise<void> {
  const references = await describeReferences(tx, kind.table, id, kind.partTables);
  if (references) throw kind.stillReferenced(references);
  await remove();
}

/** A short account of a merge for API answers: per table, how many rows moved and how many were dropped. */
function summarizeMerge(result: MergeResult) {
  return result.changes.map((change) => ({
    table: change.table,
    column: change.column,
    repointed: change.repointed.length,
    removed: change.removed.length,
  }));
}
