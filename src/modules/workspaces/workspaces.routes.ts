import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WORKSPACE_ROLES } from '../../core/auth/viewer.js';
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
  invitationCreateSchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationSchema,
  memberParamsSchema,
  workspaceCreateSchema,
  workspaceDetailSchema,
  workspaceSchema,
  workspaceUpdateSchema,
} from './workspaces.schemas.js';
import { changeMemberRole, createWorkspace, getWorkspace, listMyWorkspaces, removeMember, updateWorkspace } from './workspaces.service.js';

const presentWorkspace = (row: z.infer<typeof workspaceSchema>) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  createdAt: row.createdAt,
});

const presentInvitation = (row: z.infer<typeof invitationSchema>) => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
});

export const workspacesRoutes: FastifyPluginAsyncZod<ModuleOptions & { invitations: InvitationDeps }> = async (
  app,
  { context, invitations },
) => {
  app.get(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'The workspaces you belong to, with your role',
        response: { 200: z.object({ items: z.array(workspaceSchema.extend({ role: z.enum(WORKSPACE_ROLES) })) }) },
      },
    },
    async (request) => ({
      items: (await listMyWorkspaces(context(request))).map(({ workspace, role }) => ({ ...presentWorkspace(workspace), role })),
    }),
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
    async (request, reply) => reply.status(201).send(presentWorkspace(await createWorkspace(context(request), request.body))),
  );

  app.get(
    '/api/workspaces/:id',
    {
      schema: { tags: ['workspaces'], summary: 'A workspace you belong to, with its members', params: idParamsSchema, response: { 200: workspaceDetailSchema } },
    },
    async (request) => {
      const { workspace, members, role } = await getWorkspace(context(request), request.params.id);
      return { ...presentWorkspace(workspace), role: role!, members };
    },
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
    async (request) => presentWorkspace(await updateWorkspace(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/workspaces/:id/members/:userId',
    {
      schema: {
        tags: ['workspaces'],
        summary: "Change a member's role (owners)",
        params: memberParamsSchema,
        body: z.strictObject({ role: z.enum(WORKSPACE_ROLES) }),
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
        response: { 200: z.object({ items: z.array(invitationSchema) }) },
      },
    },
    async (request) => ({ items: (await listInvitations(context(request), request.params.id)).map(presentInvitation) }),
  );

  app.post(
    '/api/workspaces/:id/invitations',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Invite by e-mail, or create a shareable link (owners; coordinators in any role but owner); the link is in this response only',
        params: idParamsSchema,
        body: invitationCreateSchema,
        response: { 201: invitationSchema.extend({ link: z.string() }) },
      },
    },
    async (request, reply) => {
      const { invitation, link } = await createInvitation(invitations, context(request), request.params.id, request.body);
      return reply.status(201).send({ ...presentInvitation(invitation), link });
    },
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
        params: z.strictObject({ token: z.string().min(10).max(200) }),
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
        body: z.strictObject({ token: z.string().min(10).max(200) }),
        response: { 200: z.object({ workspaceId: z.uuid(), role: z.enum(WORKSPACE_ROLES) }) },
      },
    },
    async (request) => acceptInvitation(invitations, context(request), request.body.token),
  );
};
