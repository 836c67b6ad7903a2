import { canAdministerWorkspace, requireSignedIn, requireWriteAccess } from '../../core/auth/policy.js';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import { forbidden, invalidField, notFound } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { partAuditTrail, recordAuditEvent } from '../audit/audit.service.js';
import { containsCyrillic, transliterateUkrainian } from '../../core/names/ukrainian-transliteration.js';
import {
  countOwners,
  deleteMembership,
  findMembership,
  findWorkspace,
  findWorkspaceBySlug,
  insertWorkspace,
  membersOf,
  updateWorkspaceRow,
  upsertMembership,
  workspacesOfUser,
  type WorkspaceRow,
} from './workspaces.repository.js';
import { workspaceConflict } from './workspaces.errors.js';
import { presentWorkspace } from './workspaces.presenter.js';
import type { MyWorkspaces, WorkspaceDetail, WorkspaceView } from './workspaces.schemas.js';

const membershipAudit = partAuditTrail('membership');
const workspaceAudit = partAuditTrail('workspace');

/** A user's role in each of their workspaces (authentication); workspaces by id (command line). */
export { findWorkspacesByIds, rolesFromJson, rolesOfUser, rolesOfUserSql } from './memberships.repository.js';
/** A workspace by its slug (command line); the workspaces a user belongs to. */
export { findWorkspaceBySlug, workspacesOfUser };

export async function listMyWorkspaces(ctx: ServiceContext): Promise<MyWorkspaces> {
  const viewer = requireSignedIn(ctx.viewer);
  const rows = await ctx.transaction((tx) => workspacesOfUser(tx, viewer.userId));
  return { items: rows.map(({ workspace, role }) => ({ ...presentWorkspace(workspace), role })) };
}

/** A readable web address from a name; Cyrillic is transliterated ("Громада Бровари" → "hromada-brovary"). */
export function slugFrom(name: string): string {
  const latin = containsCyrillic(name) ? transliterateUkrainian(name, 'national') : name;
  const base = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base || 'workspace';
}

export async function createWorkspace(ctx: ServiceContext, input: { name: string; slug?: string; description?: string }): Promise<WorkspaceView> {
  const viewer = requireWriteAccess(ctx.viewer);
  return ctx.transaction(async (tx) => {
    let slug = input.slug ?? slugFrom(input.name);
    if (await findWorkspaceBySlug(tx, slug)) {
      if (input.slug) throw workspaceConflict('slug_taken', 'This address is taken', {}, [{ field: 'body.slug', code: 'slug_taken', message: 'is already used by another workspace' }]);
      slug = `${slug}-${Math.random().toString(36).slice(2, 6)}`;
    }
    const workspace = await insertWorkspace(tx, { name: input.name, slug, description: input.description ?? '' });
    await upsertMembership(tx, workspace.id, viewer.userId, 'owner');
    await workspaceAudit.created(tx, ctx, { workspaceId: workspace.id, id: workspace.id, label: workspace.name }, workspace);
    return presentWorkspace(workspace);
  });
}

/** Members see their workspace; to everyone else it does not exist. */
async function requireMemberOf(ctx: ServiceContext, workspaceId: string): Promise<WorkspaceRow> {
  const viewer = requireSignedIn(ctx.viewer);
  const workspace = await ctx.transaction((tx) => findWorkspace(tx, workspaceId));
  if (!workspace || !viewer.roles.has(workspaceId)) throw notFound('Workspace', workspaceId);
  return workspace;
}

export async function getWorkspace(ctx: ServiceContext, workspaceId: string): Promise<WorkspaceDetail> {
  const workspace = await requireMemberOf(ctx, workspaceId);
  const viewer = requireSignedIn(ctx.viewer);
  const members = await ctx.transaction((tx) => membersOf(tx, workspaceId));
  return { ...presentWorkspace(workspace), role: viewer.roles.get(workspaceId)!, members };
}

export async function updateWorkspace(ctx: ServiceContext, workspaceId: string, changes: { name?: string; description?: string }): Promise<WorkspaceView> {
  const before = await requireMemberOf(ctx, workspaceId);
  if (!canAdministerWorkspace(ctx.viewer, workspaceId)) throw forbidden('Only owners change the workspace');
  return ctx.transaction(async (tx) => {
    const after = await updateWorkspaceRow(tx, workspaceId, changes);
    await recordAuditEvent(tx, ctx, { workspaceId, action: 'update', entityType: 'workspace', entityId: workspaceId, label: after.name, before, after });
    return presentWorkspace(after);
  });
}

/** Owners change roles; the last owner cannot step down, so a workspace always has one. */
export async function changeMemberRole(ctx: ServiceContext, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
  await requireMemberOf(ctx, workspaceId);
  if (!canAdministerWorkspace(ctx.viewer, workspaceId)) throw forbidden('Only owners change roles');
  await ctx.transaction(async (tx) => {
    const membership = await findMembership(tx, workspaceId, userId);
    if (!membership) throw notFound('Member', userId);
    if (membership.role === 'owner' && role !== 'owner' && (await countOwners(tx, workspaceId)) <= 1) {
      throw invalidField('body.role', 'last_owner', 'the last owner cannot change role; make someone else owner first');
    }
    await upsertMembership(tx, workspaceId, userId, role);
    await membershipAudit.updated(tx, ctx, { workspaceId, id: userId }, { role: membership.role }, { role });
  });
}

/** Owners remove members; anyone may leave. The last owner cannot go. */
export async function removeMember(ctx: ServiceContext, workspaceId: string, userId: string): Promise<void> {
  const viewer = requireWriteAccess(ctx.viewer);
  await requireMemberOf(ctx, workspaceId);
  const leaving = viewer.userId === userId;
  if (!leaving && !canAdministerWorkspace(ctx.viewer, workspaceId)) throw forbidden('Only owners remove members');
  await ctx.transaction(async (tx) => {
    const membership = await findMembership(tx, workspaceId, userId);
    if (!membership) throw notFound('Member', userId);
    if (membership.role === 'owner' && (await countOwners(tx, workspaceId)) <= 1) {
      throw workspaceConflict('last_owner_leaving', 'The last owner cannot leave the workspace; make someone else owner first');
    }
    await deleteMembership(tx, workspaceId, userId);
    await membershipAudit.deleted(tx, ctx, { workspaceId, id: userId }, { role: membership.role });
  });
}
