import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { DataVersion } from '../db/data-changes.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer is the same for every visitor (signed out): kept in memory until data changes. */
    visitorCache?: boolean;
  }
}

interface CachedAnswer {
  version: number;
  storedAt: number;
  body: string;
  headers: Record<string, string>;
}

/** Headers that belong to the answer itself (the rest is set per request by the app's hooks). */
const KEPT_HEADERS = ['content-type', 'content-language', 'cache-control', 'etag'];
/** Even without a write, an answer may depend on the date (upcoming events): kept at most this long. */
const MAX_AGE_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface VisitorCacheOptions {
  version: DataVersion;
  /** The memory the kept bodies may take, in bytes. */
  maxBytes?: number;
}

const versionAtStart = Symbol('visitorCacheVersion');
type CacheableRequest = FastifyRequest & { [versionAtStart]?: number };

function keyOf(request: FastifyRequest): string {
  return `${request.url}\n${request.headers['accept-language'] ?? ''}`;
}

/**
 * Answers that are the same for every visitor (public lists, the start page, search) are kept
 * serialised, keyed by URL and language, and stamped with the data version they were read at.
 * Any committed write, in this process or another on the same database, moves the version on,
 * and an answer of an older version is never served. Signed-in callers never touch the cache.
 * Register after the ETag plugin (the stored ETag is the one sent) and before compression.
 */
export function registerVisitorCache(app: FastifyInstance, { version, maxBytes = 32 * 1024 * 1024 }: VisitorCacheOptions) {
  const answers = new LRUCache<string, CachedAnswer>({ maxSize: maxBytes, sizeCalculation: (answer, key) => answer.body.length * 2 + key.length * 2 + 200 });

  const cacheable = (request: FastifyRequest) =>
    request.routeOptions.config.visitorCache === true && request.method === 'GET' && request.viewer.kind === 'anonymous' && version.trustworthy;

  app.addHook('preHandler', async (request, reply) => {
    if (!cacheable(request)) return;
    const key = keyOf(request);
    const answer = answers.get(key);
    if (answer && answer.version === version.current && Date.now() - answer.storedAt < MAX_AGE_MS) {
      reply.headers(answer.headers);
      return reply.send(answer.body);
    }
    // Stamped before reading: a write committed while this request reads makes its answer stale.
    (request as CacheableRequest)[versionAtStart] = version.current;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!SAFE_METHODS.has(request.method)) {
      // The write is committed before its answer is sent: the writer's next read sees it.
      if (reply.statusCode < 400) version.bump();
      return payload;
    }
    const readAt = (request as CacheableRequest)[versionAtStart];
    if (readAt === undefined || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie')) return payload;
    if (readAt !== version.current || !version.trustworthy) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    answers.set(keyOf(request), { version: readAt, storedAt: Date.now(), body: payload, headers });
    return payload;
  });
}
