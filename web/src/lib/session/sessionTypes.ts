import type { ResponseOf } from '../api/contract';

/** Who is signed in, their workspaces and the CSRF token, as `GET /api/auth/session` answers. */
export type SessionInfo = ResponseOf<'/api/auth/session'>;
/** The signed-in account as `GET /api/auth/session` and `/api/me` describe it. */
export type CurrentUser = NonNullable<SessionInfo['user']>;
export type SessionWorkspace = SessionInfo['workspaces'][number];
export type WorkspaceRole = SessionWorkspace['role'];
