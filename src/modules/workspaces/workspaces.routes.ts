import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
  type InvitationDeps,
} from './invitations.service.js';
import {
  acceptedInvitationSchema,
  createdInvitationSchema,
  invitationAcceptSchema,
  invitationCreateSchema,
  invitationListSchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
  memberParamsSchema,
  memberRoleUpdateSchema,
  myWorkspacesSchema,
  workspaceCreateSchema,
  workspaceDetailSchema,
  workspaceSchema,
  workspaceUpdateSchema,
} from './workspaces.schemas.js';
import { changeMemberRole, createWorkspace, getWorkspace, listMyWorkspaces, removeMember, updateWorkspace } from './workspaces.service.js';

export const workspacesRoutes: FastifyPluginAsyncZod<ModuleOptions & { invitations: InvitationDeps }> = async (
  app,
  { context, invitations },
) => {
  app.get(
    '/api/workspaces',
    { schema: { tags: ['workspaces'], summary: 'The workspaces you belong to, with your role', response: { 200: myWorkspacesSchema } } },
    async (request) => listMyWorkspaces(context(request)),
  );

  app.post(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create a workspace; you become its owner',
        body: workspaceCreateSchema,
        response: { 201: workspaceSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createWorkspace(context(request), request.body)),
  );

  app.get(
    '/api/workspaces/:id',
    {
      schema: { tags: ['workspaces'], summary: 'A workspace you belong to, with its members', params: idParamsSchema, response: { 200: workspaceDetailSchema } },
    },
    async (request) => getWorkspace(context(request), request.params.id),
  );

  app.patch(
    '/api/workspaces/:id',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Rename or describe a workspace (owners)',
        params: idParamsSchema,
        body: workspaceUpdateSchema,
        response: { 200: workspaceSchema },
      },
    },
    async (request) => updateWorkspace(context(request), request.params.id, request.body),
  );

  app.patch(
    '/api/workspaces/:id/members/:userId',
    {
      schema: {
        tags: ['workspaces'],
        summary: "Change a member's role (owners)",
        params: memberParamsSchema,
        body: memberRoleUpdateSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeMemberRole(context(request), request.params.id, request.params.userId, request.body.role);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/workspaces/:id/members/:userId',
    {
      schema: { tags: ['workspaces'], summary: 'Remove a member (owners), or leave', params: memberParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeMember(context(request), request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/workspaces/:id/invitations',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Open invitations (owners)',
        params: idParamsSchema,
        response: { 200: invitationListSchema },
      },
    },
    async (request) => listInvitations(context(request), request.params.id),
  );

  app.post(
    '/api/workspaces/:id/invitations',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Invite by e-mail, or create a shareable link (owners; coordinators in any role but owner); the link is in this response only',
        params: idParamsSchema,
        body: invitationCreateSchema,
        response: { 201: createdInvitationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createInvitation(invitations, context(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/workspaces/:id/invitations/:invitationId',
    {
      schema: { tags: ['workspaces'], summary: 'Withdraw an invitation (owners)', params: invitationParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeInvitation(context(request), request.params.id, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'What an invitation link offers, before signing in or up',
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema },
      },
    },
    async (request) => previewInvitation(invitations, request.params.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Accept an invitation as the signed-in user',
        body: invitationAcceptSchema,
        response: { 200: acceptedInvitationSchema },
      },
    },
    async (request) => acceptInvitation(invitations, context(request), request.body.token),
  );
};
