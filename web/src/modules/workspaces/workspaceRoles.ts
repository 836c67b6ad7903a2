import type { WorkspaceRole } from '../../lib/session/sessionTypes';

/** From most to least rights. */
export const WORKSPACE_ROLES: readonly WorkspaceRole[] = ['owner', 'coordinator', 'member', 'guest'];
