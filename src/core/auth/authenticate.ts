import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { unauthorized } from '../errors.js';
import { findActiveTokenByHash, touchToken } from '../../modules/api-tokens/api-tokens.repository.js';
import { rolesOfUser } from '../../modules/workspaces/memberships.repository.js';
import { hashSecretToken } from './secret-token.js';
import { anonymousViewer, type Viewer } from './viewer.js';

export type Authenticator = (request: FastifyRequest) => Promise<Viewer>;

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Finds out who sent a request: an API token in `Authorization: Bearer …`, else anonymous.
 * A token that is unknown, revoked or expired is refused (401), never treated as anonymous.
 */
export function createAuthenticator(db: Db): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (header) {
      const match = BEARER.exec(header);
      if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"');
      const token = await findActiveTokenByHash(db, hashSecretToken(match[1]!));
      if (!token) throw unauthorized('The API token is unknown, revoked or expired');
      await touchToken(db, token.id);
      return {
        kind: 'user',
        userId: token.userId,
        roles: await rolesOfUser(db, token.userId),
        via: { kind: 'token', tokenId: token.id, scope: token.scope },
      };
    }
    return anonymousViewer;
  };
}
