import type { WorkspaceRole } from '../../lib/session/sessionTypes';

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  description: string;
  createdAt: string;
}

export interface MyWorkspace extends Workspace {
  role: WorkspaceRole;
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  role: WorkspaceRole;
  since: string;
}

export interface WorkspaceDetail extends MyWorkspace {
  members: Member[];
}

export interface Invitation {
  id: string;
  /** Null for a shareable link. */
  email: string | null;
  role: WorkspaceRole;
  createdAt: string;
  expiresAt: string;
}

/** The answer to creating an invitation: the only time its link is shown. */
export interface CreatedInvitation extends Invitation {
  link: string;
}

export interface InvitationPreview {
  workspace: { id: string; name: string };
  role: WorkspaceRole;
  email: string | null;
  invitedBy: string | null;
  expiresAt: string;
}
