import { z } from 'zod';
import { TOKEN_SCOPES } from './api-tokens.tables.js';

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

export const apiTokenCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(TOKEN_SCOPES),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type ApiTokenCreate = z.infer<typeof apiTokenCreateSchema>;

/** A new token: the secret is in this answer only. */
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });
