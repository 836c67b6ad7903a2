import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'sd_session';
export const SESSION_IDLE_SECONDS = 14 * 24 * 3600;
export const SESSION_ABSOLUTE_SECONDS = 60 * 24 * 3600;

export type CookieSecurity = 'auto' | 'always' | 'never';

/** Secure cookies behind HTTPS; `auto` follows the protocol the request came in with. */
export function isSecureRequest(request: FastifyRequest, security: CookieSecurity): boolean {
  return security === 'always' || (security === 'auto' && request.protocol === 'https');
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, security: CookieSecurity): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, security),
    path: '/',
    maxAge: SESSION_ABSOLUTE_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
