import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { findUserSummaries } from '../accounts/users.service.js';
import { invitations, memberships, workspaces } from './workspaces.tables.js';
import { findRowWhere, rowsOf } from '../../core/db/rows.js';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export const { find: findWorkspace, insert: insertWorkspace } = rowsOf(workspaces);

export const findWorkspaceBySlug = (db: DbExecutor, slug: string): Promise<WorkspaceRow | undefined> => findRowWhere(db, workspaces, eq(workspaces.slug, slug));

export async function updateWorkspaceRow(db: DbExecutor, id: string, changes: { name?: string; description?: string }): Promise<WorkspaceRow> {
  const [row] = await db
    .update(workspaces)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(workspaces.id, id))
    .returning();
  return row!;
}

export async function workspacesOfUser(db: DbExecutor, userId: string) {
  return db
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

/** The members of a workspace with their name and e-mail, ordered by name. */
export async function membersOf(db: DbExecutor, workspaceId: string) {
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .where(eq(memberships.workspaceId, workspaceId));
  const byUser = new Map(rows.map((row) => [row.userId, row]));
  const users = await findUserSummaries(db, [...byUser.keys()]);
  return users.map((user) => {
    const membership = byUser.get(user.id)!;
    return { userId: user.id, displayName: user.displayName, email: user.email, role: membership.role, since: membership.since };
  });
}

export async function findMembership(db: DbExecutor, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row;
}

export async function upsertMembership(db: DbExecutor, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
  await db
    .insert(memberships)
    .values({ workspaceId, userId, role })
    .onConflictDoUpdate({ target: [memberships.workspaceId, memberships.userId], set: { role, updatedAt: sql`now()` } });
}

export async function deleteMembership(db: DbExecutor, workspaceId: string, userId: string): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}

export async function countOwners(db: DbExecutor, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ owners: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
  return row?.owners ?? 0;
}

export const { find: findInvitation, insert: insertInvitation } = rowsOf(invitations);

export async function openInvitations(db: DbExecutor, workspaceId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.revokedAt),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}

export const findInvitationByHash = (db: DbExecutor, tokenHash: string): Promise<InvitationRow | undefined> => findRowWhere(db, invitations, eq(invitations.tokenHash, tokenHash));

export async function markInvitation(db: DbExecutor, id: string, changes: Partial<typeof invitations.$inferInsert>): Promise<void> {
  await db.update(invitations).set(changes).where(eq(invitations.id, id));
}
