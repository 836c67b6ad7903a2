import type { Actor } from './actors.js';

export type Visibility = 'public' | 'workspace' | 'private';

/** The access rule a route follows; the expected status for each actor follows from it. */
export type Access =
  | 'anyone'
  | 'signed-in'
  | 'read-record'
  | 'edit-record'
  | 'create-in-workspace'
  | 'workspace-member'
  | 'workspace-owner'
  | 'workspace-reviewer'
  | 'record-history'
  | 'curate-record'
  | 'agree-for-side'
  | 'read-participants'
  | 'read-comments'
  | 'write-comments'
  | 'own-comment'
  | 'remove-comment'
  | 'moderate-comments';

const IN_WORKSPACE: Actor[] = ['guest', 'member', 'creator', 'coordinator', 'owner'];
const COORDINATORS: Actor[] = ['coordinator', 'owner'];

/** The records are created by "creator", a plain member. */
export function canReadRecord(actor: Actor, visibility: Visibility): boolean {
  if (visibility === 'public') return true;
  if (visibility === 'workspace') return IN_WORKSPACE.includes(actor);
  return actor === 'creator' || actor === 'coordinator' || actor === 'owner';
}

/**
 * Rules about a record that only its signed-in readers may follow, and among them who may: a
 * reader not named gets 403, anyone else who may not read it 404, a visitor 401.
 */
const WHO_MAY: Partial<Record<Access, readonly Actor[]>> = {
  'edit-record': ['creator', ...COORDINATORS],
  // Shared vocabularies (themes): readers see them, only coordinators change them.
  'curate-record': COORDINATORS,
  // Owners and coordinators of a side's workspace agree for it (the matrix plan's sides are in the cast's workspace).
  'agree-for-side': COORDINATORS,
  // Who takes part is personal data: members of the record's workspace only.
  'read-participants': IN_WORKSPACE,
  // A document's conversation is for the members of its workspace, guests included.
  'read-comments': IN_WORKSPACE,
  // Members, coordinators and owners comment; guests read.
  'write-comments': ['member', 'creator', ...COORDINATORS],
  // Only its author ("creator" wrote the comments tried) changes a comment.
  'own-comment': ['creator'],
  // Its author, or a coordinator, removes a comment.
  'remove-comment': ['creator', ...COORDINATORS],
  'moderate-comments': COORDINATORS,
};

/** The status an actor should get: `ok` is the route's success status. */
export function expectedStatus(access: Access, actor: Actor, visibility: Visibility, ok: number): number {
  switch (access) {
    case 'anyone':
      return ok;
    case 'signed-in':
      return actor === 'anonymous' ? 401 : ok;
    case 'read-record':
      return canReadRecord(actor, visibility) ? ok : 404;
    case 'create-in-workspace':
      if (actor === 'anonymous') return 401;
      if (actor === 'outsider') return 404;
      return actor === 'guest' ? 403 : ok;
    case 'workspace-member':
      if (actor === 'anonymous') return 401;
      return actor === 'outsider' ? 404 : ok;
    case 'workspace-owner':
      if (actor === 'anonymous') return 401;
      if (actor === 'outsider') return 404;
      return actor === 'owner' ? ok : 403;
    case 'workspace-reviewer':
      if (actor === 'anonymous') return 401;
      if (actor === 'outsider') return 404;
      return COORDINATORS.includes(actor) ? ok : 403;
    case 'record-history':
      // Readers see the changes recorded in their own workspaces: for an outsider, none.
      if (!canReadRecord(actor, visibility)) return 404;
      return actor === 'anonymous' ? 401 : ok;
    default: {
      const allowed = WHO_MAY[access]!;
      if (!canReadRecord(actor, visibility)) return 404;
      if (actor === 'anonymous') return 401;
      return allowed.includes(actor) ? ok : 403;
    }
  }
}

/** Rules about a record are tried on a public, a workspace and a private record. */
export const isRecordRule = (access: Access) => access === 'read-record' || access === 'record-history' || access in WHO_MAY;
