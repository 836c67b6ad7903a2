import type { InvitationRow, WorkspaceRow } from './workspaces.repository.js';
import type { InvitationView, WorkspaceView } from './workspaces.schemas.js';

export const presentWorkspace = (row: WorkspaceRow): WorkspaceView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  createdAt: row.createdAt,
});

export const presentInvitation = (row: InvitationRow): InvitationView => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
});
