import { z } from 'zod';
import { changeSchemaOf } from '../../core/http/record-fields.js';
import { WORKSPACE_ROLES } from '../../core/auth/viewer.js';
import { UI_LANGUAGES } from '../accounts/accounts.types.js';

export const workspaceSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.date(),
});

export const workspaceCreateSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, { error: 'must be lower-case letters, digits and dashes' })
    .optional(),
  description: z.string().max(2000).optional(),
});

export const workspaceUpdateSchema = changeSchemaOf({ name: z.string().trim().min(2).max(120), description: z.string().max(2000) });

export const memberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(WORKSPACE_ROLES),
  since: z.date(),
});

export const workspaceDetailSchema = workspaceSchema.extend({ role: z.enum(WORKSPACE_ROLES), members: z.array(memberSchema) });

export const memberParamsSchema = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const invitationParamsSchema = z.strictObject({ id: z.uuid(), invitationId: z.uuid() });

export const invitationCreateSchema = z.strictObject({
  email: z.email({ error: 'must be an e-mail address' }).max(254).optional(),
  role: z.enum(WORKSPACE_ROLES).default('member'),
  language: z.enum(UI_LANGUAGES).default('de').describe('Language of the invitation e-mail'),
});

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  role: z.enum(WORKSPACE_ROLES),
  createdAt: z.date(),
  expiresAt: z.date(),
});

export const invitationPreviewSchema = z.object({
  workspace: z.object({ id: z.uuid(), name: z.string() }),
  role: z.enum(WORKSPACE_ROLES),
  email: z.string().nullable(),
  invitedBy: z.string().nullable(),
  expiresAt: z.date(),
});
export type InvitationView = z.infer<typeof invitationSchema>;

export type WorkspaceView = z.infer<typeof workspaceSchema>;
export const myWorkspacesSchema = z.object({ items: z.array(workspaceSchema.extend({ role: z.enum(WORKSPACE_ROLES) })) });
export type MyWorkspaces = z.infer<typeof myWorkspacesSchema>;
export type WorkspaceDetail = z.infer<typeof workspaceDetailSchema>;

export const memberRoleUpdateSchema = z.strictObject({ role: z.enum(WORKSPACE_ROLES) });
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });
export const createdInvitationSchema = invitationSchema.extend({ link: z.string() });
export const invitationTokenParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });
export const invitationAcceptSchema = z.strictObject({ token: z.string().min(10).max(200) });
export const acceptedInvitationSchema = z.object({ workspaceId: z.uuid(), role: z.enum(WORKSPACE_ROLES) });
