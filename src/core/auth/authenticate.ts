import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { unauthorized } from '../errors.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { hashSecretToken } from './secret-token.js';
import { anonymousViewer, type Viewer, type WorkspaceRole } from './viewer.js';

export type Authenticator = (request: FastifyRequest) => Promise<Viewer>;

/**
 * What the modules that own tokens, sessions and memberships tell the core about a caller; the
 * application passes their service functions in (src/app.ts), so the core imports no module.
 */
export interface IdentityLookups {
  /** The active API token of an enabled user with this hash and the user's roles, its last use noted; undefined if unknown, revoked or expired. */
  useApiToken(
    db: Db,
    tokenHash: string,
  ): Promise<{ id: string; userId: string; scope: 'read' | 'write'; roles: Map<string, WorkspaceRole>; expiresAt: Date | null } | undefined>;
  /** The enabled user signed in with this session cookie, with their roles; undefined once the session has ended. */
  resumeSignedInUser(db: Db, sessionToken: string): Promise<{ userId: string; sessionId: string; roles: Map<string, WorkspaceRole>; expiresAt: Date | null } | undefined>;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Finds out who sent a request: an API token in `Authorization: Bearer …`, else the session
 * cookie of a signed-in browser, else nobody. A bad token is refused (401) rather than treated
 * as anonymous; an expired session simply counts as signed out.
 */
export function createAuthenticator(db: Db, lookups: IdentityLookups): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (header) {
      const match = BEARER.exec(header);
      if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"');
      const token = await lookups.useApiToken(db, hashSecretToken(match[1]!));
      if (!token) throw unauthorized('The API token is unknown, revoked or expired');
      return {
        kind: 'user',
        userId: token.userId,
        roles: token.roles,
        via: { kind: 'token', tokenId: token.id, scope: token.scope },
      };
    }
    const sessionToken = request.cookies?.[SESSION_COOKIE];
    if (sessionToken) {
      const signedIn = await lookups.resumeSignedInUser(db, sessionToken);
      if (signedIn) {
        return { kind: 'user', userId: signedIn.userId, roles: signedIn.roles, via: { kind: 'session', sessionId: signedIn.sessionId } };
      }
    }
    return anonymousViewer;
  };
}
