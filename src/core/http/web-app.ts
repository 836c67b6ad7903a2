import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound } from '../errors.js';
import { withPageHead, type PageHead } from './page-head.js';
import { sendProblem } from './problem.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app: hashed files under /assets are cached for a year, everything
 * else revalidates. Unknown non-API paths get index.html so client-side routes work.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDir: string,
  allowedMethodsOf: (path: string) => string[] = () => [],
  pageHeadOf: (request: FastifyRequest, path: string) => Promise<PageHead | null> = async () => null,
): Promise<void> {
  const hasWebApp = existsSync(path.join(webDir, 'index.html'));
  const indexHtml = hasWebApp ? readFileSync(path.join(webDir, 'index.html'), 'utf8') : '';
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (reply, filePath) => {
        const isHashedAsset = filePath.startsWith(path.join(webDir, 'assets') + path.sep);
        reply.header('cache-control', isHashedAsset ? IMMUTABLE : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !url.startsWith('/api/') && url !== '/api';
    const looksLikeFile = /\.[a-z0-9]+$/i.test(url);
    if (wantsPage && !looksLikeFile) {
      if (hasWebApp) {
        const head = await pageHeadOf(request, url);
        if (head) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(withPageHead(indexHtml, head));
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app has not been built. Run "npm run build" (npm start does this for you).');
    }
    const allowed = allowedMethodsOf(url);
    if (allowed.length > 0) {
      return sendProblem(reply.header('allow', allowed.join(', ')), new AppError('method_not_allowed', `${url} accepts ${allowed.join(', ')}`));
    }
    return sendProblem(reply, notFound(`${request.method} ${url}`));
  });
}
