import { conflictsOf } from '../../core/errors.js';

/** The conflicts of workspaces: a change the current state of the records does not allow (HTTP 409). */
export const WORKSPACE_CONFLICTS = ['slug_taken', 'last_owner_leaving', 'member_already'] as const;

export type WorkspaceConflict = (typeof WORKSPACE_CONFLICTS)[number];

export const workspaceConflict = conflictsOf(WORKSPACE_CONFLICTS);
