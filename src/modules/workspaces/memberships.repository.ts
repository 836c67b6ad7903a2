import { eq, inArray } from 'drizzle-orm';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { memberships, workspaces } from './workspaces.tables.js';

export async function rolesOfUser(db: DbExecutor, userId: string): Promise<Map<string, WorkspaceRole>> {
  const rows = await db
    .select({ workspaceId: memberships.workspaceId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return new Map(rows.map((row) => [row.workspaceId, row.role]));
}

export async function findWorkspaceBySlug(db: DbExecutor, slug: string): Promise<{ id: string; slug: string; name: string } | undefined> {
  const [row] = await db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(eq(workspaces.slug, slug));
  return row;
}

export async function findWorkspacesByIds(db: DbExecutor, ids: string[]): Promise<{ id: string; slug: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(inArray(workspaces.id, ids));
}
