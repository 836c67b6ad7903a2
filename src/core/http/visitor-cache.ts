import type { FastifyInstance } from 'fastify';
import type { DataVersion } from '../db/data-changes.js';
import { keepAnswers } from './kept-answers.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer is the same for every visitor (signed out): kept in memory until data changes. */
    visitorCache?: boolean;
  }
}

export interface VisitorCacheOptions {
  version: DataVersion;
  /** The memory the kept bodies may take, in bytes. */
  maxBytes?: number;
}

/**
 * Answers that are the same for every visitor (public lists, the start page, search) are kept
 * serialised until data changes (see kept-answers.ts), keyed by URL and language. Signed-in
 * callers never touch this cache (their answers are kept apart, per user: viewer-cache.ts).
 */
export function registerVisitorCache(app: FastifyInstance, { version, maxBytes = 32 * 1024 * 1024 }: VisitorCacheOptions) {
  keepAnswers(app, {
    version,
    maxBytes,
    ownerOf: (request) => (request.routeOptions.config.visitorCache === true && request.viewer.kind === 'anonymous' ? 'visitor' : null),
  });
}
