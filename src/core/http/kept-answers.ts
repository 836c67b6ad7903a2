import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { DataVersion } from '../db/data-changes.js';

type KeptEncoding = 'br' | 'gzip';

interface KeptAnswer {
  version: number;
  storedAt: number;
  body: string;
  headers: Record<string, string>;
  /** The body compressed, made when a client first asks for that encoding. */
  encoded: Partial<Record<KeptEncoding, Buffer>>;
}

/** Answers smaller than this are sent as they are (the compression plugin is registered with it too). */
export const COMPRESS_FROM_BYTES = 1024;
/** The encodings the compression plugin offers, in its order of preference; the kept ones are compressed here once. */
const encodingNegotiator = new Negotiator({ supportedValues: ['br', 'gzip', 'deflate', 'identity'] });
const compressors: Record<KeptEncoding, (body: string) => Buffer> = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => gzipSync(body),
};

/** Headers that belong to the answer itself (the rest is set per request by the app's hooks). */
const KEPT_HEADERS = ['content-type', 'content-language', 'cache-control', 'etag'];
/** Even without a write, an answer may depend on the date (upcoming events): kept at most this long. */
const MAX_AGE_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface KeptAnswersOptions {
  version: DataVersion;
  /** The memory the kept bodies may take, in bytes. */
  maxBytes: number;
  /** A single answer larger than this (bytes) is not kept, so one cannot push out all others. */
  maxEntryBytes?: number;
  /**
   * Whose answer this request asks for, as part of the key (the route and the caller must both
   * allow keeping it); null when the answer is not to be kept.
   */
  ownerOf(request: FastifyRequest): string | null;
}

const sizeOf = (answer: KeptAnswer, key: string) =>
  answer.body.length * 2 + key.length * 2 + 200 + (answer.encoded.br?.length ?? 0) + (answer.encoded.gzip?.length ?? 0);

/** The encoding the compression plugin would choose for this request, when it is one kept compressed. */
function keptEncodingFor(request: FastifyRequest): KeptEncoding | null {
  const header = request.headers['accept-encoding'];
  if (!header) return null;
  const encoding = encodingNegotiator.negotiate(header.toLowerCase().replace(/\*|x-gzip/gu, 'gzip'));
  return encoding === 'br' || encoding === 'gzip' ? encoding : null;
}

/**
 * A write this process answered successfully is committed before its answer is sent: the version
 * moves on at once, so the writer's next read (and anyone's) sees it before the announcement
 * arrives. Register once, beside the caches.
 */
export function moveVersionOnAfterWrites(app: FastifyInstance, version: DataVersion) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!SAFE_METHODS.has(request.method) && reply.statusCode < 400) version.bump();
    return payload;
  });
}

/**
 * Keeps serialised answers in memory, keyed by owner, URL and language, and stamped with the data
 * version they were read at. Any committed write, in this process or another on the same
 * database, moves the version on, and an answer of an older version is never served. Checked in
 * `preHandler`, that is after the caller was authenticated. Register after the ETag plugin (the
 * stored ETag is the one sent, and a matching If-None-Match gets its 304) and before compression.
 */
export function keepAnswers(app: FastifyInstance, { version, maxBytes, maxEntryBytes = maxBytes / 8, ownerOf }: KeptAnswersOptions) {
  const answers = new LRUCache<string, KeptAnswer>({ maxSize: maxBytes, maxEntrySize: maxEntryBytes, sizeCalculation: sizeOf });
  const keyAtStart = Symbol('keptAnswerKey');
  const versionAtStart = Symbol('keptAnswerVersion');
  type Stamped = FastifyRequest & { [keyAtStart]?: string; [versionAtStart]?: number };

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !version.trustworthy) return;
    const owner = ownerOf(request);
    if (owner === null) return;
    const key = `${owner}\n${request.url}\n${request.headers['accept-language'] ?? ''}`;
    const answer = answers.get(key);
    if (answer && answer.version === version.current && Date.now() - answer.storedAt < MAX_AGE_MS) {
      reply.headers(answer.headers);
      return reply.send(compressedOnce(key, answer, request, reply));
    }
    // Stamped before reading: a write committed while this request reads makes its answer stale.
    (request as Stamped)[keyAtStart] = key;
    (request as Stamped)[versionAtStart] = version.current;
  });

  /**
   * A kept answer is compressed once per encoding instead of on every request; other encodings
   * and small answers are left to the compression plugin.
   */
  function compressedOnce(key: string, answer: KeptAnswer, request: FastifyRequest, reply: FastifyReply): string | Buffer {
    const encoding = Buffer.byteLength(answer.body) >= COMPRESS_FROM_BYTES ? keptEncodingFor(request) : null;
    if (encoding === null) return answer.body;
    let compressed = answer.encoded[encoding];
    if (!compressed) {
      compressed = compressors[encoding](answer.body);
      answer.encoded[encoding] = compressed;
      answers.set(key, answer); // counts the compressed body in the cache's size
    }
    reply.header('content-encoding', encoding);
    reply.header('vary', 'accept-encoding');
    return compressed;
  }

  app.addHook('onSend', async (request, reply, payload) => {
    const key = (request as Stamped)[keyAtStart];
    const readAt = (request as Stamped)[versionAtStart];
    if (key === undefined || readAt === undefined || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie')) return payload;
    if (readAt !== version.current || !version.trustworthy) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    answers.set(key, { version: readAt, storedAt: Date.now(), body: payload, headers, encoded: {} });
    return payload;
  });
}
