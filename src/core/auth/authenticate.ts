import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { unauthorized } from '../errors.js';
import { findActiveTokenByHash, touchToken } from '../../modules/api-tokens/api-tokens.repository.js';
import { SESSION_COOKIE } from '../../modules/accounts/session-cookie.js';
import { resumeSession } from '../../modules/accounts/sessions.service.js';
import { findUserById } from '../../modules/accounts/users.repository.js';
import { rolesOfUser } from '../../modules/workspaces/memberships.repository.js';
import { hashSecretToken } from './secret-token.js';
import { anonymousViewer, type Viewer } from './viewer.js';

export type Authenticator = (request: FastifyRequest) => Promise<Viewer>;

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Finds out who sent a request: an API token in `Authorization: Bearer …`, else the session
 * cookie of a signed-in browser, else nobody. A bad token is refused (401) rather than treated
 * as anonymous; an expired session simply counts as signed out.
 */
export function createAuthenticator(db: Db): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (header) {
      const match = BEARER.exec(header);
      if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"');
      const token = await findActiveTokenByHash(db, hashSecretToken(match[1]!));
      if (!token) throw unauthorized('The API token is unknown, revoked or expired');
      // Last use is kept to the minute: a busy script does not write on every request.
      if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) await touchToken(db, token.id);
      return {
        kind: 'user',
        userId: token.userId,
        roles: await rolesOfUser(db, token.userId),
        via: { kind: 'token', tokenId: token.id, scope: token.scope },
      };
    }
    const sessionToken = request.cookies?.[SESSION_COOKIE];
    if (sessionToken) {
      const session = await resumeSession(db, sessionToken);
      const user = session ? await findUserById(db, session.userId) : undefined;
      if (session && user && !user.disabledAt) {
        return { kind: 'user', userId: user.id, roles: await rolesOfUser(db, user.id), via: { kind: 'session', sessionId: session.id } };
      }
    }
    return anonymousViewer;
  };
}
