import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAttemptLimiter } from '../../core/http/attempt-limiter.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { workspacesOfUser } from '../workspaces/workspaces.service.js';
import type { AccountsDeps, ClientInfo } from './accounts-deps.js';
import { presentCurrentUser } from './accounts.presenter.js';
import {
  endedSessionsSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionInfoSchema,
  signedInSchema,
  signInBodySchema,
  signUpBodySchema,
  tokenBodySchema,
} from './accounts.schemas.js';
import { resendVerification, verifyEmail } from './email-verification.service.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';
import { currentUser, signOutEverywhere } from './profile.service.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie, type CookieSecurity } from '../../core/http/session-cookie.js';
import { endSession } from './sessions.service.js';
import { signIn } from './sign-in.service.js';
import { signUp } from './sign-up.service.js';

export interface AuthRouteOptions extends ModuleOptions {
  accounts: AccountsDeps;
  cookieSecurity: CookieSecurity;
  singleSignOn: { displayName: string } | null;
  /** The tile server for city maps, when one is configured. */
  mapTiles: { url: string; attribution: string } | null;
}

export const clientInfo = (request: FastifyRequest): ClientInfo => ({
  userAgent: request.headers['user-agent'] ?? null,
  ipAddress: request.ip ?? null,
});

const noContent = (reply: FastifyReply) => reply.status(204).send(null);
/** Accepted, with no body: `send(null)` would send the JSON text `null`. */
const accepted = (reply: FastifyReply) => reply.status(202).send();

/** Limits per client address; the sign-in route also limits per account (see the handler). */
const limit = (max: number, minutes: number) => ({ rateLimit: { max, timeWindow: minutes * 60_000 } });

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { context, accounts, cookieSecurity, singleSignOn, mapTiles }) => {
  const emailOf = (request: FastifyRequest) => String((request.body as { email?: string } | undefined)?.email ?? '').toLowerCase();
  const failedSignIns = createAttemptLimiter(app, { name: 'sign-in', max: 10, windowMs: 15 * 60_000, keyOf: emailOf });
  const resetRequests = createAttemptLimiter(app, { name: 'reset', max: 3, windowMs: 60 * 60_000, keyOf: emailOf });

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, their workspaces, and the CSRF token for changes made with the session cookie',
        response: { 200: sessionInfoSchema },
      },
    },
    async (request, reply) => {
      const ctx = context(request);
      const csrfToken = await reply.generateCsrf();
      reply.header('cache-control', 'no-store');
      const base = {
        csrfToken,
        signUpOpen: accounts.signUpOpen,
        singleSignOn: singleSignOn ? { displayName: singleSignOn.displayName, startUrl: '/api/auth/oidc/start' } : null,
        mapTiles,
      };
      if (ctx.viewer.kind !== 'user') return { ...base, user: null, via: null, workspaces: [] };
      const user = await currentUser(accounts, ctx);
      const workspaces = await workspacesOfUser(accounts.db, user.id);
      return {
        ...base,
        user: presentCurrentUser(user),
        via: ctx.viewer.via.kind,
        workspaces: workspaces.map(({ workspace, role }) => ({ id: workspace.id, slug: workspace.slug, name: workspace.name, role })),
      };
    },
  );

  app.post(
    '/api/auth/sign-up',
    {
      config: limit(accounts.signUpLimitPerHour, 60),
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (and accept an invitation) and sign in; a confirmation link is e-mailed',
        body: signUpBodySchema,
        response: { 201: signedInSchema },
      },
    },
    async (request, reply) => {
      const { user, sessionToken } = await signUp(accounts, request.body, clientInfo(request), request.id);
      setSessionCookie(request, reply, sessionToken, cookieSecurity);
      return reply.status(201).send({ user: presentCurrentUser(user) });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: limit(60, 15),
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with e-mail address and password; starts a new session',
        body: signInBodySchema,
        response: { 200: signedInSchema },
      },
    },
    async (request, reply) => {
      await failedSignIns.check(request, reply);
      const { user, sessionToken } = await signIn(accounts, request.body, clientInfo(request), request.cookies[SESSION_COOKIE]).catch(
        async (error: unknown) => {
          await failedSignIns.count(request);
          throw error;
        },
      );
      setSessionCookie(request, reply, sessionToken, cookieSecurity);
      return { user: presentCurrentUser(user) };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['accounts'], summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession(accounts.db, token);
      clearSessionCookie(reply);
      return noContent(reply);
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      schema: {
        tags: ['accounts'],
        summary: 'End every session of the signed-in account, on all devices',
        response: { 200: endedSessionsSchema },
      },
    },
    async (request, reply) => {
      const endedSessions = await signOutEverywhere(accounts, context(request));
      clearSessionCookie(reply);
      return { endedSessions };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: limit(10, 60),
      schema: {
        tags: ['accounts'],
        summary: 'E-mail a password reset link; answers the same whether or not the address has an account',
        body: passwordResetRequestSchema,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      await resetRequests.check(request, reply);
      await resetRequests.count(request);
      await requestPasswordReset(accounts, request.body.email);
      return accepted(reply);
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: limit(20, 60),
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with a reset link token; signs the account out everywhere',
        body: passwordResetConfirmSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(accounts, request.body.token, request.body.password, request.id);
      return noContent(reply);
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      config: limit(20, 60),
      schema: { tags: ['accounts'], summary: 'Confirm an e-mail address with the token from the link', body: tokenBodySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await verifyEmail(accounts, request.body.token, request.id);
      return noContent(reply);
    },
  );

  app.post(
    '/api/auth/verify-email/resend',
    {
      config: limit(5, 60),
      schema: { tags: ['accounts'], summary: 'Send the confirmation link again', response: { 202: z.null() } },
    },
    async (request, reply) => {
      await resendVerification(accounts, context(request));
      return accepted(reply);
    },
  );
};
