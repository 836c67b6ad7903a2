import { and, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { sessions } from './accounts.tables.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: DbExecutor, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

export async function findLiveSession(db: DbExecutor, id: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.idleExpiresAt, sql`now()`), gt(sessions.absoluteExpiresAt, sql`now()`)));
  return row;
}

/** Extends the idle time of a session in use, at most every few minutes. */
export async function touchSession(db: DbExecutor, id: string, idleSeconds: number): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, idleExpiresAt: sql`now() + make_interval(secs => ${idleSeconds})` })
    .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, sql`now() - interval '5 minutes'`)));
}

export async function deleteSession(db: DbExecutor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: DbExecutor, userId: string, keepId?: string): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepId ? ne(sessions.id, keepId) : undefined))
    .returning({ id: sessions.id });
  return deleted.length;
}

export async function deleteExpiredSessions(db: DbExecutor): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.idleExpiresAt, sql`now()`), lt(sessions.absoluteExpiresAt, sql`now()`)));
}
