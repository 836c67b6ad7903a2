import { canAdministerWorkspace, canInviteAs, requireSignedIn, requireWriteAccess } from '../../core/auth/policy.js';
import { generateSecretToken, hashSecretToken } from '../../core/auth/secret-token.js';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { Db, DbExecutor } from '../../core/db/client.js';
import { forbidden, notFound } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { findUserById } from '../accounts/users.service.js';
import type { UiLanguage } from '../accounts/accounts.types.js';
import { partAuditTrail, recordAuditEvent } from '../audit/audit.service.js';
import { queueMail } from '../mail/mail.service.js';
import { INVITATION_DAYS, invitationMail } from './invitation-mail.js';
import { presentInvitation } from './workspaces.presenter.js';
import type { InvitationView } from './workspaces.schemas.js';
import {
  findInvitation,
  findInvitationByHash,
  findMembership,
  findWorkspace,
  insertInvitation,
  markInvitation,
  openInvitations,
  upsertMembership,
  type InvitationRow,
} from './workspaces.repository.js';
import { workspaceConflict } from './workspaces.errors.js';

const invitationAudit = partAuditTrail('invitation');

export interface InvitationDeps {
  /** For token-based steps (preview, accept), where the token itself is the authorisation. */
  db: Db;
  publicUrl: string;
  mailQueued: () => void;
}

const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/invitations/${encodeURIComponent(token)}`;

function requireOwner(ctx: ServiceContext, workspaceId: string) {
  const viewer = requireSignedIn(ctx.viewer);
  if (!viewer.roles.has(workspaceId)) throw notFound('Workspace', workspaceId);
  if (!canAdministerWorkspace(ctx.viewer, workspaceId)) throw forbidden('Only owners manage invitations');
  return viewer;
}

/**
 * Invites into a workspace: with an e-mail address the invitation goes by mail and works once
 * for that address; without, it is a link the inviter shares. The link is returned only now.
 * Coordinators invite too, in any role but owner.
 */
export async function createInvitation(
  deps: InvitationDeps,
  ctx: ServiceContext,
  workspaceId: string,
  input: { email?: string; role: WorkspaceRole; language: UiLanguage },
): Promise<InvitationView & { link: string }> {
  const viewer = requireSignedIn(ctx.viewer);
  if (!viewer.roles.has(workspaceId)) throw notFound('Workspace', workspaceId);
  if (!canInviteAs(ctx.viewer, workspaceId, input.role)) {
    throw forbidden(input.role === 'owner' ? 'Only owners invite owners' : 'Owners and coordinators invite into a workspace');
  }
  const token = generateSecretToken('sdi');
  const link = invitationLink(deps.publicUrl, token);
  const result = await ctx.transaction(async (tx) => {
    const workspace = (await findWorkspace(tx, workspaceId))!;
    const invitation = await insertInvitation(tx, {
      workspaceId,
      email: input.email ?? null,
      role: input.role,
      tokenHash: hashSecretToken(token),
      invitedBy: viewer.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
    });
    if (input.email) {
      const inviter = await findUserById(deps.db, viewer.userId);
      await queueMail(tx, invitationMail(input.language, input.email, inviter?.displayName ?? '', workspace.name, input.role, link));
    }
    await invitationAudit.created(tx, ctx, { workspaceId, id: invitation.id, label: input.email ?? 'link' }, { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt });
    return { ...presentInvitation(invitation), link };
  });
  if (input.email) deps.mailQueued();
  return result;
}

export async function listInvitations(ctx: ServiceContext, workspaceId: string): Promise<{ items: InvitationView[] }> {
  requireOwner(ctx, workspaceId);
  return { items: (await ctx.transaction((tx) => openInvitations(tx, workspaceId))).map(presentInvitation) };
}

export async function revokeInvitation(ctx: ServiceContext, workspaceId: string, invitationId: string): Promise<void> {
  requireOwner(ctx, workspaceId);
  await ctx.transaction(async (tx) => {
    const invitation = await findInvitation(tx, invitationId);
    if (!invitation || invitation.workspaceId !== workspaceId) throw notFound('Invitation', invitationId);
    await markInvitation(tx, invitationId, { revokedAt: new Date() });
    await invitationAudit.deleted(tx, ctx, { workspaceId, id: invitationId, label: invitation.email ?? 'link' }, { email: invitation.email, role: invitation.role });
  });
}

async function usableInvitation(db: DbExecutor, token: string): Promise<InvitationRow> {
  const invitation = await findInvitationByHash(db, hashSecretToken(token));
  const usable =
    invitation &&
    !invitation.revokedAt &&
    invitation.expiresAt.getTime() > Date.now() &&
    !(invitation.email && invitation.acceptedAt);
  if (!usable) throw notFound('Invitation');
  return invitation;
}

/** What an invitation link leads to, shown before signing in or up. */
export async function previewInvitation(deps: InvitationDeps, token: string) {
  const invitation = await usableInvitation(deps.db, token);
  const workspace = (await findWorkspace(deps.db, invitation.workspaceId))!;
  const inviter = invitation.invitedBy ? await findUserById(deps.db, invitation.invitedBy) : undefined;
  return {
    workspace: { id: workspace.id, name: workspace.name },
    role: invitation.role,
    email: invitation.email,
    invitedBy: inviter?.displayName ?? null,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Accepts an invitation for the signed-in user, in the caller's transaction when given one
 * (sign-up with an invitation). An e-mail invitation only works for its address.
 */
export async function acceptInvitation(
  deps: InvitationDeps,
  ctx: ServiceContext,
  token: string,
  tx?: DbExecutor,
): Promise<{ workspaceId: string; role: WorkspaceRole }> {
  const viewer = requireWriteAccess(ctx.viewer);
  const work = async (db: DbExecutor) => {
    const invitation = await usableInvitation(db, token);
    const user = (await findUserById(db, viewer.userId))!;
    if (invitation.email && invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw forbidden(`This invitation is for ${invitation.email}; sign in with that address to accept it`);
    }
    const existing = await findMembership(db, invitation.workspaceId, viewer.userId);
    if (existing) throw workspaceConflict('member_already', 'You are a member of this workspace already', {}, [{ field: 'token', code: 'invalid_state', message: 'was meant for someone not yet a member' }]);
    await upsertMembership(db, invitation.workspaceId, viewer.userId, invitation.role);
    // A shared link stays open for others; an e-mail invitation is used up.
    if (invitation.email) await markInvitation(db, invitation.id, { acceptedAt: new Date(), acceptedBy: viewer.userId });
    await recordAuditEvent(db, ctx, {
      workspaceId: invitation.workspaceId,
      action: 'create',
      entityType: 'membership',
      entityId: viewer.userId,
      label: user.displayName,
      after: { role: invitation.role, invitation: invitation.id },
    });
    return { workspaceId: invitation.workspaceId, role: invitation.role };
  };
  return tx ? work(tx) : deps.db.transaction(work);
}
