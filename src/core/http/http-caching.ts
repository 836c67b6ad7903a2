import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';

/**
 * Answers that did not change cost a browser no download: every JSON answer carries an ETag
 * (a hash of the body as this viewer gets it), and a GET with a matching If-None-Match gets an
 * empty 304. API reads without a caching rule of their own are kept by the browser only to be
 * revalidated (`private, no-cache`), so no one ever sees a stale or another viewer's list.
 * Register before compression: the hash is of the body, not of its compressed stream.
 */
export async function registerHttpCaching(app: FastifyInstance) {
  await app.register(etag, { weak: true });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' && request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'private, no-cache');
    }
    return payload;
  });
}
