import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { createToken, listTokens, revokeToken } from '../api-tokens/api-tokens.service.js';
import { apiTokenCreateSchema, apiTokenListSchema, createdApiTokenSchema } from '../api-tokens/api-tokens.schemas.js';
import type { AccountsDeps } from './accounts-deps.js';
import { presentCurrentUser } from './accounts.presenter.js';
import { currentUserSchema, passwordChangeSchema, profileUpdateSchema } from './accounts.schemas.js';
import { changePassword, currentUser, updateProfile } from './profile.service.js';

export const profileRoutes: FastifyPluginAsyncZod<ModuleOptions & { accounts: AccountsDeps }> = async (app, { context, accounts }) => {
  app.get(
    '/api/me',
    { schema: { tags: ['accounts'], summary: 'The signed-in account', response: { 200: currentUserSchema } } },
    async (request) => presentCurrentUser(await currentUser(accounts, context(request))),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change name, language or e-mail address (a new address must be confirmed)',
        body: profileUpdateSchema,
        response: { 200: currentUserSchema },
      },
    },
    async (request) => presentCurrentUser(await updateProfile(accounts, context(request), request.body)),
  );

  app.put(
    '/api/me/password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change the password; other sessions are signed out',
        body: passwordChangeSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(accounts, context(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/tokens',
    { schema: { tags: ['api tokens'], summary: 'Your API tokens (never the secrets)', response: { 200: apiTokenListSchema } } },
    async (request) => listTokens(accounts.db, context(request)),
  );

  app.post(
    '/api/me/tokens',
    {
      schema: {
        tags: ['api tokens'],
        summary: 'Create an API token; the token is in this response only',
        body: apiTokenCreateSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createToken(accounts.db, context(request), request.body));
    },
  );

  app.delete(
    '/api/me/tokens/:id',
    { schema: { tags: ['api tokens'], summary: 'Revoke an API token', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeToken(accounts.db, context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
