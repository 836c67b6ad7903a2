import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { users } from './users.tables.js';
import { findRowWhere, rowsOf } from '../../core/db/rows.js';

export type UserRow = typeof users.$inferSelect;

export const findUserByEmail = (db: DbExecutor, email: string): Promise<UserRow | undefined> => findRowWhere(db, users, eq(sql`lower(${users.email})`, email.toLowerCase()));

/** A condition: the user exists and is not disabled (for looking up a caller in one statement). */
export function userIsEnabledSql(userId: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${userId} AND ${users.disabledAt} IS NULL)`;
}

export const { find: findUserById, insert: insertUser, update: updateUser } = rowsOf(users);

/** Display names of users (those row-level security lets the viewer see: people sharing a workspace). */
/** Name and e-mail of users, ordered by name, for lists of a workspace's members. */
export async function findUserSummaries(db: DbExecutor, ids: string[]): Promise<{ id: string; displayName: string; email: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(sql`${users.id} = ANY(${sql.param(ids)}::uuid[])`)
    .orderBy(asc(users.displayName));
}

export async function findDisplayNames(db: DbExecutor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(sql`${users.id} = ANY(${sql.param(ids)}::uuid[])`);
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
