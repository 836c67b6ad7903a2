import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { auditEvents } from './audit.tables.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

/**
 * Inserts an event and returns its id. The id comes from the sequence, not RETURNING: the writer
 * may record an event in a workspace whose history they cannot read.
 */
export async function insertAuditEvent(db: DbExecutor, event: typeof auditEvents.$inferInsert): Promise<number> {
  await db.insert(auditEvents).values(event);
  const result = await db.execute<{ id: number }>(sql`SELECT currval(pg_get_serial_sequence('audit_events', 'id'))::bigint AS id`);
  return Number(result.rows[0]!.id);
}

export async function findAuditEvent(db: DbExecutor, id: number): Promise<AuditEventRow | undefined> {
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.id, id));
  return row;
}

/** Events of one record, newest first, a page at a time (keyset on id). */
export async function listEntityEvents(
  db: DbExecutor,
  entity: { entityType: string; entityId: string },
  page: { limit: number; beforeId?: number },
): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entity.entityType),
        eq(auditEvents.entityId, entity.entityId),
        page.beforeId === undefined ? undefined : lt(auditEvents.id, page.beforeId),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(page.limit + 1);
}

/** Whether a later event undid this one (a restore naming it). */
export async function findUndoOf(db: DbExecutor, event: AuditEventRow, restoredId: string): Promise<AuditEventRow | undefined> {
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, event.entityType),
        eq(auditEvents.entityId, restoredId),
        eq(auditEvents.action, 'restore'),
        sql`${auditEvents.after}->>'undoOf' = ${String(event.id)}`,
      ),
    );
  return row;
}
