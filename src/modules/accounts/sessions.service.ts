import { generateSecretToken, hashSecretToken } from '../../core/auth/secret-token.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { ClientInfo } from './accounts-deps.js';
import { findUserById } from './users.repository.js';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '../../core/http/session-cookie.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  touchSession,
  type SessionRow,
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

export async function resumeSession(db: DbExecutor, token: string): Promise<SessionRow | undefined> {
  const session = await findLiveSession(db, hashSecretToken(token));
  if (session) await touchSession(db, session.id, SESSION_IDLE_SECONDS);
  return session;
}

/** The enabled user signed in with a session cookie, for authenticating a request. */
export async function resumeSignedInUser(db: DbExecutor, token: string): Promise<{ userId: string; sessionId: string } | undefined> {
  const session = await resumeSession(db, token);
  const user = session ? await findUserById(db, session.userId) : undefined;
  return session && user && !user.disabledAt ? { userId: user.id, sessionId: session.id } : undefined;
}

export async function endSession(db: DbExecutor, token: string): Promise<void> {
  await deleteSession(db, hashSecretToken(token));
}

/** Ends every session of a user, optionally except the one in use. */
export async function endAllSessions(db: DbExecutor, userId: string, exceptSessionId?: string): Promise<number> {
  return deleteSessionsOfUser(db, userId, exceptSessionId);
}
