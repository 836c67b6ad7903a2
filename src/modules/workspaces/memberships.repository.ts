import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { qualifiedColumn } from '../../core/db/columns.js';
import { memberships, workspaces } from './workspaces.tables.js';

export async function rolesOfUser(db: DbExecutor, userId: string): Promise<Map<string, WorkspaceRole>> {
  const rows = await db
    .select({ workspaceId: memberships.workspaceId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return new Map(rows.map((row) => [row.workspaceId, row.role]));
}

/**
 * The user's roles as a JSON object (workspace id → role), as a subquery, so that the lookup of
 * a caller's token or session brings their roles along in the same statement. `userId` must be
 * qualified with its table (see qualifiedColumn): drizzle writes a bare column in a select list
 * unqualified, which inside this subquery would name the memberships' own user_id.
 */
export function rolesOfUserSql(userId: SQL): SQL<Record<string, WorkspaceRole>> {
  return sql<Record<string, WorkspaceRole>>`(SELECT coalesce(json_object_agg(${qualifiedColumn(memberships.workspaceId)}, ${qualifiedColumn(memberships.role)}), '{}'::json) FROM ${memberships} WHERE ${qualifiedColumn(memberships.userId)} = ${userId})`;
}

/** The roles `rolesOfUserSql` brought along, as `rolesOfUser` gives them. */
export function rolesFromJson(roles: Record<string, WorkspaceRole>): Map<string, WorkspaceRole> {
  return new Map(Object.entries(roles));
}

export async function findWorkspaceBySlug(db: DbExecutor, slug: string): Promise<{ id: string; slug: string; name: string } | undefined> {
  const [row] = await db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(eq(workspaces.slug, slug));
  return row;
}

export async function findWorkspacesByIds(db: DbExecutor, ids: string[]): Promise<{ id: string; slug: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(inArray(workspaces.id, ids));
}
