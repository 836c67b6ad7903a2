import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { findDisplayNames } from '../accounts/users.service.js';
import { auditEvents, type AuditAction } from './audit.tables.js';
import { findRowWhere } from '../../core/db/rows.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type AuditEventWithActor = AuditEventRow & { actorName: string | null };

/**
 * Inserts an event and returns its id. The id comes from the sequence, not RETURNING: the writer
 * may record an event in a workspace whose history they cannot read.
 */
export async function insertAuditEvent(db: DbExecutor, event: typeof auditEvents.$inferInsert): Promise<number> {
  await db.insert(auditEvents).values(event);
  const result = await db.execute<{ id: number }>(sql`SELECT currval(pg_get_serial_sequence('audit_events', 'id'))::bigint AS id`);
  return Number(result.rows[0]!.id);
}

export const findAuditEvent = (db: DbExecutor, id: number): Promise<AuditEventRow | undefined> => findRowWhere(db, auditEvents, eq(auditEvents.id, id));

/** The ids of merge events among `events` that a later restore undid. */
export async function undoneMerges(db: DbExecutor, events: AuditEventRow[]): Promise<Set<number>> {
  const merges = events.filter((event) => event.action === 'merge');
  if (merges.length === 0) return new Set();
  const rows = await db
    .select({ undoOf: sql<string>`${auditEvents.after}->>'undoOf'` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'restore'),
        inArray(sql`${auditEvents.after}->>'undoOf'`, merges.map((event) => String(event.id))),
      ),
    );
  return new Set(rows.map((row) => Number(row.undoOf)));
}

export interface AuditFilter {
  workspaceId?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: AuditAction;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  until?: Date;
  /**
   * With `entityType` and `entityId`: also the events of the record's parts (an exchange's
   * delegations) whose recorded values name the record in `field`; with `changed`, only those
   * where that value differs before and after (a registration moved to another delegation).
   */
  parts?: { entityType: string; field: string; changed?: string }[];
}

const recordedValue = (field: string) => sql`coalesce(${auditEvents.after}->>${field}, ${auditEvents.before}->>${field})`;

/** The record's own events, or those of one of its parts. */
function recordCondition(filter: AuditFilter): SQL | undefined {
  if (!filter.entityType) return undefined;
  const own = filter.entityId ? and(eq(auditEvents.entityType, filter.entityType), eq(auditEvents.entityId, filter.entityId)) : eq(auditEvents.entityType, filter.entityType);
  if (!filter.entityId || !filter.parts?.length) return own;
  const parts = filter.parts.map((part) =>
    and(
      eq(auditEvents.entityType, part.entityType),
      sql`${recordedValue(part.field)} = ${filter.entityId}`,
      part.changed ? sql`(${auditEvents.before}->>${part.changed}) IS DISTINCT FROM (${auditEvents.after}->>${part.changed})` : undefined,
    ),
  );
  return or(own, ...parts);
}

/** Newest first; `before` continues after the last event of the previous page. */
export async function listAuditEvents(
  db: DbExecutor,
  filter: AuditFilter,
  page: { limit: number; before?: { occurredAt: Date; id: number } },
): Promise<AuditEventWithActor[]> {
  const conditions: (SQL | undefined)[] = [
    filter.workspaceId ? eq(auditEvents.workspaceId, filter.workspaceId) : undefined,
    recordCondition(filter),
    filter.entityId && !filter.entityType ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.until ? lt(auditEvents.occurredAt, filter.until) : undefined,
  ];
  if (page.before) {
    conditions.push(
      or(
        lt(auditEvents.occurredAt, page.before.occurredAt),
        and(eq(auditEvents.occurredAt, page.before.occurredAt), lt(auditEvents.id, page.before.id)),
      ),
    );
  }
  const events = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(page.limit + 1);
  const actorIds = [...new Set(events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])))];
  const names = await findDisplayNames(db, actorIds);
  return events.map((event) => ({ ...event, actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null }));
}

/** The recorded values of records of one kind, newest change first, e.g. of removed delegations. */
export async function recordedValuesOf(db: DbExecutor, entityType: string, ids: string[]) {
  return db
    .select({ id: auditEvents.entityId, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), inArray(auditEvents.entityId, ids)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id));
}
