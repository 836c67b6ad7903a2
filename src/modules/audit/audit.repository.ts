import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { auditEvents } from './audit.tables.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

export async function insertAuditEvent(db: DbExecutor, event: typeof auditEvents.$inferInsert): Promise<number> {
  const [row] = await db.insert(auditEvents).values(event).returning({ id: auditEvents.id });
  return row!.id;
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
