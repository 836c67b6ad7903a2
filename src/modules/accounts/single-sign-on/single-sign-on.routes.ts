import type {} from '@fastify/cookie';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { signOnStartQuerySchema } from '../accounts.schemas.js';
import type { AccountsDeps } from '../accounts-deps.js';
import { clientInfo } from '../auth.routes.js';
import { isSecureRequest, setSessionCookie, type CookieSecurity } from '../../../core/http/session-cookie.js';
import type { OidcClient } from './oidc-client.js';
import { signOn } from './single-sign-on.service.js';

const FLOW_COOKIE = 'sd_oidc';
const FLOW_MINUTES = 10;

/** Only paths of this app, never another site, may be returned to. */
const safeReturnPath = (value: string | undefined) => (value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : '/');

export const singleSignOnRoutes: FastifyPluginAsyncZod<{ accounts: AccountsDeps; oidc: OidcClient; cookieSecurity: CookieSecurity }> = async (
  app,
  { accounts, oidc, cookieSecurity },
) => {
  app.get(
    '/api/auth/oidc/start',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Start signing in with the configured OpenID Connect provider (redirects there)',
        querystring: signOnStartQuerySchema,
      },
    },
    async (request, reply) => {
      const { url, codeVerifier, state, nonce } = await oidc.authorizationRequest();
      const flow = JSON.stringify({ codeVerifier, state, nonce, returnTo: safeReturnPath(request.query.returnTo) });
      reply.setCookie(FLOW_COOKIE, flow, {
        signed: true,
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecureRequest(request, cookieSecurity),
        path: '/api/auth/oidc',
        maxAge: FLOW_MINUTES * 60,
      });
      return reply.redirect(url.href, 303);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    { schema: { tags: ['accounts'], summary: 'Where the provider sends the browser back; signs in and redirects into the app', hide: false } },
    async (request, reply) => {
      const cookie = request.cookies[FLOW_COOKIE];
      const unsigned = cookie ? request.unsignCookie(cookie) : undefined;
      reply.clearCookie(FLOW_COOKIE, { path: '/api/auth/oidc' });
      if (!unsigned?.valid || !unsigned.value) return reply.redirect('/sign-in?signOn=expired', 303);
      const flow = JSON.parse(unsigned.value) as { codeVerifier: string; state: string; nonce: string; returnTo: string };
      const callbackUrl = new URL(request.url, oidc.redirectUri);
      let identity;
      try {
        identity = await oidc.identityFrom(callbackUrl, flow);
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on failed');
        return reply.redirect('/sign-in?signOn=failed', 303);
      }
      const outcome = await signOn(accounts, { issuer: oidc.issuer, ...identity }, clientInfo(request), request.id);
      if (outcome.kind !== 'signed-in') return reply.redirect(`/sign-in?signOn=${outcome.kind}`, 303);
      setSessionCookie(request, reply, outcome.sessionToken, cookieSecurity);
      return reply.redirect(safeReturnPath(flow.returnTo), 303);
    },
  );
};
