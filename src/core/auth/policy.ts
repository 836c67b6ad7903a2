import { forbidden, notFound, unauthorized } from '../errors.js';
import type { Viewer, WorkspaceRole } from './viewer.js';

export type Visibility = 'public' | 'workspace' | 'private';

/** What access decisions need to know about a record. */
export interface ScopedRecord {
  workspaceId: string;
  visibility: Visibility;
  createdBy: string | null;
}

export function roleIn(viewer: Viewer, workspaceId: string): WorkspaceRole | null {
  return viewer.kind === 'user' ? (viewer.roles.get(workspaceId) ?? null) : null;
}

const canWriteAtAll = (viewer: Viewer) =>
  viewer.kind === 'system' || (viewer.kind === 'user' && (viewer.via.kind === 'session' || viewer.via.scope === 'write'));

/**
 * Public records: everyone. Workspace records: every member of the workspace, guests included.
 * Private records: whoever created them, and the workspace's owners and coordinators.
 */
export function canRead(viewer: Viewer, record: ScopedRecord): boolean {
  if (viewer.kind === 'system' || record.visibility === 'public') return true;
  const role = roleIn(viewer, record.workspaceId);
  if (!role) return false;
  if (record.visibility === 'workspace') return true;
  return role === 'owner' || role === 'coordinator' || record.createdBy === (viewer.kind === 'user' ? viewer.userId : null);
}

/** Owners, coordinators and members create records; guests only read. */
export function canCreateIn(viewer: Viewer, workspaceId: string): boolean {
  if (!canWriteAtAll(viewer)) return false;
  if (viewer.kind === 'system') return true;
  const role = roleIn(viewer, workspaceId);
  return role === 'owner' || role === 'coordinator' || role === 'member';
}

/** Owners and coordinators edit everything in their workspace; members edit what they created. */
export function canEdit(viewer: Viewer, record: ScopedRecord): boolean {
  if (!canWriteAtAll(viewer) || !canRead(viewer, record)) return false;
  if (viewer.kind === 'system') return true;
  const role = roleIn(viewer, record.workspaceId);
  if (role === 'owner' || role === 'coordinator') return true;
  return role === 'member' && viewer.kind === 'user' && record.createdBy === viewer.userId;
}

/** Coordinators curate shared vocabularies (themes) and review the workspace's history. */
export function canCoordinate(viewer: Viewer, workspaceId: string): boolean {
  if (viewer.kind === 'system') return true;
  const role = roleIn(viewer, workspaceId);
  return canWriteAtAll(viewer) && (role === 'owner' || role === 'coordinator');
}

export function canReviewHistory(viewer: Viewer, workspaceId: string): boolean {
  const role = roleIn(viewer, workspaceId);
  return viewer.kind === 'system' || role === 'owner' || role === 'coordinator';
}

/** Only owners manage members, invitations and the workspace itself. */
export function canAdministerWorkspace(viewer: Viewer, workspaceId: string): boolean {
  return viewer.kind === 'system' || (canWriteAtAll(viewer) && roleIn(viewer, workspaceId) === 'owner');
}

/**
 * Owners invite anyone; coordinators invite everyone but owners, so that they can bring in the
 * people who agree for a plan's side or run an exchange without waiting for an owner.
 */
export function canInviteAs(viewer: Viewer, workspaceId: string, role: WorkspaceRole): boolean {
  if (canAdministerWorkspace(viewer, workspaceId)) return true;
  return role !== 'owner' && canCoordinate(viewer, workspaceId) && viewer.kind === 'user';
}

/** Throws 404 — not 403 — for records the viewer may not see, so their existence does not leak. */
export function requireRead<T extends ScopedRecord>(viewer: Viewer, record: T | undefined, what: string, id: string): T {
  if (!record || !canRead(viewer, record)) throw notFound(what, id);
  return record;
}

export function requireEdit<T extends ScopedRecord>(viewer: Viewer, record: T | undefined, what: string, id: string): T {
  const readable = requireRead(viewer, record, what, id);
  if (!canEdit(viewer, readable)) throw viewer.kind === 'anonymous' ? unauthorized() : forbidden();
  return readable;
}

export function requireCreateIn(viewer: Viewer, workspaceId: string): void {
  if (viewer.kind === 'anonymous') throw unauthorized();
  if (!canCreateIn(viewer, workspaceId)) {
    // A workspace the viewer does not belong to is answered like one that does not exist.
    if (viewer.kind === 'user' && !viewer.roles.has(workspaceId)) throw notFound('Workspace', workspaceId);
    throw forbidden();
  }
}

export function requireSignedIn(viewer: Viewer): Extract<Viewer, { kind: 'user' }> {
  if (viewer.kind !== 'user') throw unauthorized();
  return viewer;
}

/** Account settings (password, e-mail, sessions, tokens) change only from a signed-in browser, never with a token. */
export function requireSessionUser(viewer: Viewer): Extract<Viewer, { kind: 'user' }> {
  const user = requireSignedIn(viewer);
  if (user.via.kind !== 'session') throw forbidden('Account settings are changed when signed in, not with an API token');
  return user;
}

/** Changes need a session or a token with write scope. */
export function requireWriteAccess(viewer: Viewer): Extract<Viewer, { kind: 'user' }> {
  const user = requireSignedIn(viewer);
  if (user.via.kind === 'token' && user.via.scope === 'read') throw forbidden('This API token may only read');
  return user;
}
