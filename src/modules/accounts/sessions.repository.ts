import { and, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { qualifiedColumn } from '../../core/db/columns.js';
import { preparedPerDatabase } from '../../core/db/prepared.js';
import { rolesOfUserSql } from '../workspaces/workspaces.service.js';
import { userIsEnabledSql } from './users.repository.js';
import { sessions } from './accounts.tables.js';
import { deleteRowById } from '../../core/db/rows.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: DbExecutor, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

const liveSessionIdentity = preparedPerDatabase((db: DbExecutor) =>
  db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sql<Date>`least(${sessions.idleExpiresAt}, ${sessions.absoluteExpiresAt})`.mapWith(sessions.idleExpiresAt),
      roles: rolesOfUserSql(qualifiedColumn(sessions.userId)) })
    .from(sessions)
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.idleExpiresAt, sql`now()`),
        gt(sessions.absoluteExpiresAt, sql`now()`),
        userIsEnabledSql(qualifiedColumn(sessions.userId)),
      ),
    )
    .prepare('live_session_identity'),
);

/** A live session of an enabled user, with the user's roles: one prepared statement per signed-in request. */
export async function findLiveSessionIdentity(
  db: DbExecutor,
  id: string,
): Promise<{ id: string; userId: string; lastSeenAt: Date; expiresAt: Date; roles: Record<string, WorkspaceRole> } | undefined> {
  const [row] = await liveSessionIdentity(db).execute({ id });
  return row;
}

/** Extends the idle time of a session in use, at most every few minutes. */
export async function touchSession(db: DbExecutor, id: string, idleSeconds: number): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, idleExpiresAt: sql`now() + make_interval(secs => ${idleSeconds})` })
    .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, sql`now() - interval '5 minutes'`)));
}

export const deleteSession = (db: DbExecutor, id: string): Promise<void> => deleteRowById(db, sessions, id);

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
