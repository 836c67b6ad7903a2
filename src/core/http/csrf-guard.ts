import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.js';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Changes sent with the session cookie must carry the CSRF token from GET /api/auth/session in
 * `X-CSRF-Token`: another site can make a browser send the cookie but cannot read the token.
 * Requests without the cookie (API tokens, scripts) carry no ambient credentials to abuse, and
 * another site cannot send JSON bodies cross-origin without a preflight this API never allows.
 */
export async function requireCsrfTokenForCookieRequests(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!CHANGES.has(request.method) || request.headers.authorization || !request.cookies[SESSION_COOKIE]) return;
  await new Promise<void>((resolve, reject) => {
    app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
  });
}
