import { generateSecretToken, hashSecretToken } from '../../core/auth/secret-token.js';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { rolesFromJson } from '../workspaces/workspaces.service.js';
import type { ClientInfo } from './accounts-deps.js';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '../../core/http/session-cookie.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findLiveSessionIdentity,
  insertSession,
  touchSession,
} from './sessions.repository.js';

/** Starts a session and returns the cookie value (shown to the browser only). */
export async function startSession(tx: DbExecutor, userId: string, client: ClientInfo): Promise<string> {
  const token = generateSecretToken('sds');
  const now = Date.now();
  await insertSession(tx, {
    id: hashSecretToken(token),
    userId,
    idleExpiresAt: new Date(now + SESSION_IDLE_SECONDS * 1000),
    absoluteExpiresAt: new Date(now + SESSION_ABSOLUTE_SECONDS * 1000),
    userAgent: client.userAgent?.slice(0, 500) ?? null,
    ipAddress: client.ipAddress,
  });
  return token;
}

/** A session's idle time is extended at most every few minutes (touchSession checks again). */
const TOUCH_AFTER_MS = 5 * 60_000;

/** The enabled user signed in with a session cookie, with their roles, for authenticating a request. */
export async function resumeSignedInUser(
  db: DbExecutor,
  token: string,
): Promise<{ userId: string; sessionId: string; roles: Map<string, WorkspaceRole>; expiresAt: Date } | undefined> {
  const session = await findLiveSessionIdentity(db, hashSecretToken(token));
  if (!session) return undefined;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(db, session.id, SESSION_IDLE_SECONDS);
  // The end as read, before a touch moved the idle end on: a caller kept in memory is looked up again by then.
  return { userId: session.userId, sessionId: session.id, roles: rolesFromJson(session.roles), expiresAt: session.expiresAt };
}

export async function endSession(db: DbExecutor, token: string): Promise<void> {
  await deleteSession(db, hashSecretToken(token));
}

/** Ends every session of a user, optionally except the one in use. */
export async function endAllSessions(db: DbExecutor, userId: string, exceptSessionId?: string): Promise<number> {
  return deleteSessionsOfUser(db, userId, exceptSessionId);
}
