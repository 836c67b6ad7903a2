import { z } from 'zod';
import { changeSchemaOf } from '../../core/http/record-fields.js';
import { WORKSPACE_ROLES } from '../../core/auth/viewer.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';
import { UI_LANGUAGES } from './users.tables.js';

const email = z
  .email({ error: 'must be an e-mail address' })
  .max(254)
  .transform((value) => value.trim());
const displayName = z.string().trim().min(1, { error: 'must not be empty' }).max(120);
const newPassword = z.string().max(MAX_PASSWORD_LENGTH);
const token = z.string().min(10).max(200);

export const signUpBodySchema = z.strictObject({
  email,
  password: newPassword,
  displayName,
  language: z.enum(UI_LANGUAGES).default('de'),
  invitationToken: token.optional(),
});

export const signInBodySchema = z.strictObject({ email, password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
export const passwordResetRequestSchema = z.strictObject({ email });
export const passwordResetConfirmSchema = z.strictObject({ token, password: newPassword });
export const tokenBodySchema = z.strictObject({ token });

export const profileUpdateSchema = changeSchemaOf({ displayName, language: z.enum(UI_LANGUAGES), email });

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().max(MAX_PASSWORD_LENGTH).optional(),
  newPassword,
});

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  language: z.enum(UI_LANGUAGES),
  emailVerified: z.boolean(),
  hasPassword: z.boolean(),
});

export const sessionInfoSchema = z.object({
  user: currentUserSchema.nullable(),
  via: z.enum(['session', 'token']).nullable(),
  workspaces: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), role: z.enum(WORKSPACE_ROLES) })),
  csrfToken: z.string().describe('Send as X-CSRF-Token with every change made with the session cookie'),
  signUpOpen: z.boolean(),
  singleSignOn: z.object({ displayName: z.string(), startUrl: z.string() }).nullable(),
  mapTiles: z.object({ url: z.string(), attribution: z.string() }).nullable().describe('The tile server for city maps (MAP_TILE_URL); null: offline outlines only'),
});

export const signedInSchema = z.object({ user: sessionInfoSchema.shape.user });
export const endedSessionsSchema = z.object({ endedSessions: z.number().int() });

/** Where to return after signing in with the identity provider (a path of this app). */
export const signOnStartQuerySchema = z.strictObject({ returnTo: z.string().max(500).optional() });
