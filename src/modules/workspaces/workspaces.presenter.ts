import { pickFields } from '../../core/records/pick-fields.js';
import type { InvitationRow, WorkspaceRow } from './workspaces.repository.js';
import type { InvitationView, WorkspaceView } from './workspaces.schemas.js';

export const presentWorkspace = (row: WorkspaceRow): WorkspaceView => ({
  ...pickFields(row, ['id', 'slug', 'name', 'description', 'createdAt']),
});

export const presentInvitation = (row: InvitationRow): InvitationView => ({
  ...pickFields(row, ['id', 'email', 'role', 'createdAt', 'expiresAt']),
});
