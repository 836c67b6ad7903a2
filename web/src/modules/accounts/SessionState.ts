import type { CurrentUser, SessionInfo, SessionWorkspace } from '../../lib/session/sessionTypes';

export interface SessionState {
  /** `pending` until the first answer of `GET /api/auth/session`. */
  status: 'pending' | 'error' | 'ready';
  error: unknown;
  session: SessionInfo | undefined;
  user: CurrentUser | null;
  workspaces: SessionWorkspace[];
  retry: () => void;
}
