import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { users } from './users.tables.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: DbExecutor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

/** A condition: the user exists and is not disabled (for looking up a caller in one statement). */
export function userIsEnabledSql(userId: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${userId} AND ${users.disabledAt} IS NULL)`;
}

export async function findUserById(db: DbExecutor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: DbExecutor, user: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

export async function updateUser(db: DbExecutor, id: string, changes: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

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
