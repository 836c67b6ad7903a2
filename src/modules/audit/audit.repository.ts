import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { users } from '../accounts/users.tables.js';
import { auditEvents, type AuditAction } from './audit.tables.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type AuditEventWithActor = AuditEventRow & { actorName: string | null };

export async function insertAuditEvent(db: DbExecutor, event: typeof auditEvents.$inferInsert): Promise<void> {
  await db.insert(auditEvents).values(event);
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
}

/** Newest first; `before` continues after the last event of the previous page. */
export async function listAuditEvents(
  db: DbExecutor,
  filter: AuditFilter,
  page: { limit: number; before?: { occurredAt: Date; id: number } },
): Promise<AuditEventWithActor[]> {
  const conditions: (SQL | undefined)[] = [
    filter.workspaceId ? eq(auditEvents.workspaceId, filter.workspaceId) : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
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
  const rows = await db
    .select({ event: auditEvents, actorName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(page.limit + 1);
  return rows.map(({ event, actorName }) => ({ ...event, actorName }));
}
