import { enumValues } from '../../lib/api/contract';
import type { WorkspaceRole } from '../../lib/session/sessionTypes';

/** From most to least rights. */
export const WORKSPACE_ROLES = enumValues<WorkspaceRole>()(['owner', 'coordinator', 'member', 'guest']);
