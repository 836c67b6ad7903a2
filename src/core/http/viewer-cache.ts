import type { FastifyInstance } from 'fastify';
import type { Viewer } from '../auth/viewer.js';
import type { DataVersion } from '../db/data-changes.js';
import { keepAnswers } from './kept-answers.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The answer depends on nothing but the URL, the language, the data and who the signed-in
     * caller is (their user, roles and what their session or token may do): kept in memory per
     * caller until data changes.
     */
    viewerCache?: boolean;
  }
}

export interface ViewerCacheOptions {
  version: DataVersion;
  /** The memory the kept bodies of all signed-in callers together may take, in bytes. */
  maxBytes?: number;
}

/**
 * Everything a signed-in caller's answer may depend on besides the data: the user, what the
 * session or token may do (row-level security tells reading from writing callers apart) and the
 * roles per workspace. Roles and memberships are data, so a change of them moves the data
 * version on anyway; they are in the key as well so that no answer read with other roles can
 * ever be served.
 */
function identityOf(viewer: Extract<Viewer, { kind: 'user' }>): string {
  const access = viewer.via.kind === 'session' ? 'session' : `token:${viewer.via.scope}`;
  const roles = [...viewer.roles]
    .map(([workspaceId, role]) => `${workspaceId}=${role}`)
    .sort()
    .join(',');
  return `user:${viewer.userId}:${access}:${roles}`;
}

/**
 * A signed-in caller's answers of the routes with `config: { viewerCache: true }` are kept per
 * caller until data changes (see kept-answers.ts), apart from the visitors' and never served to
 * anyone else. The cache is asked after authentication, so a revoked session or token, or a
 * disabled user, is refused before any kept answer is looked at.
 */
export function registerViewerCache(app: FastifyInstance, { version, maxBytes = 64 * 1024 * 1024 }: ViewerCacheOptions) {
  keepAnswers(app, {
    version,
    maxBytes,
    ownerOf: ({ routeOptions, viewer }) => (routeOptions.config.viewerCache === true && viewer.kind === 'user' ? identityOf(viewer) : null),
  });
}
