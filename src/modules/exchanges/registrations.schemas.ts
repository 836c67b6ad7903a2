import { z } from 'zod';
import { countryCodeSchema, isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { ORGANIZATION_KINDS } from '../actors/actors.types.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { personRefSchema } from '../actors/people.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { participationSchema } from './exchanges.schemas.js';
import { EXCHANGE_STATUSES } from './exchanges.tables.js';
import { EXCHANGE_KINDS } from './exchanges.types.js';
import { EXPORT_LANGUAGES } from '../../core/export/export-language.js';
import { REGISTRATION_STATES } from './registrations.tables.js';
import { changeSchemaOf } from '../../core/http/record-fields.js';

export const registrationParamsSchema = z.strictObject({ id: z.uuid(), registrationId: z.uuid() });

export const registrationSchema = z.object({
  id: z.uuid(),
  exchangeId: z.uuid(),
  person: personRefSchema.nullable().describe('Null for a person the viewer may not see'),
  email: z.string().nullable(),
  delegationId: z.uuid().nullable(),
  organization: organizationRefSchema.nullable().describe('The organization the person represents at this exchange'),
  countryCode: z.string().nullable().describe('The country the person comes from for this exchange'),
  state: z.enum(REGISTRATION_STATES).meta({ id: 'RegistrationState' }),
  registeredAt: z.iso.datetime(),
  stateChangedAt: z.iso.datetime(),
  invitedAt: z.iso.datetime().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  checkedInAt: z.iso.datetime().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  /** Whether an invitation link is out and unanswered. */
  invitationPending: z.boolean(),
  note: z.string().nullable(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationListQuerySchema = z.strictObject({
  state: z.enum(REGISTRATION_STATES).optional(),
  delegationId: z.uuid().optional(),
  ...pageQueryShape,
});
export type RegistrationListQuery = z.infer<typeof registrationListQuerySchema>;
export const registrationPageSchema = pageSchema(registrationSchema);

export const registrationExportQuerySchema = registrationListQuerySchema
  .omit({ limit: true, cursor: true })
  .extend({ lang: z.enum(EXPORT_LANGUAGES).optional().describe('Language of headers, states and dates (default: the browser’s language, else German)') });

export const registerSchema = z.strictObject({
  personIds: z
    .array(z.uuid())
    .min(1, { error: 'name at least one person' })
    .max(200, { error: 'register at most 200 people at once' })
    .describe('People of the directory, registered in this order (the first ones get the free places)'),
  delegationId: z.uuid().nullable().default(null).describe('The delegation they travel with'),
  invite: z.boolean().default(false).describe('Invite them (a link to confirm or decline) instead of registering them'),
  note: z.string().trim().max(1000).nullable().default(null),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const invitationLinkSchema = z.object({
  registrationId: z.uuid(),
  /** The invitation link; shown once, also sent by e-mail to a person with an address. */
  url: z.string(),
  mailed: z.boolean(),
});

export const registerResultSchema = z.object({
  items: z.array(registrationSchema),
  created: z.number().int().describe('How many registrations are new; the others existed and are returned as they are'),
  invitations: z.array(invitationLinkSchema),
});
export type RegisterResult = z.infer<typeof registerResultSchema>;

export const registrationChangeSchema = changeSchemaOf({
  state: z.enum(['registered', 'confirmed', 'attended', 'cancelled']),
  delegationId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  countryCode: countryCodeSchema.nullable(),
  note: z.string().trim().max(1000).nullable(),
});
export type RegistrationChange = z.infer<typeof registrationChangeSchema>;

export const participantSummarySchema = z.object({
  participation: participationSchema,
  byCountry: z.array(z.object({ countryCode: z.string().nullable(), count: z.number().int() })),
  byOrganizationKind: z.array(z.object({ kind: z.enum(ORGANIZATION_KINDS).nullable(), count: z.number().int() })),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const invitationTokenParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });

export const invitationViewSchema = z.object({
  exchange: z.object({
    id: z.uuid(),
    kind: z.enum(EXCHANGE_KINDS),
    status: z.enum(EXCHANGE_STATUSES),
    title: localizedTextSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    timeZone: z.string(),
    venue: placeRefSchema.nullable(),
    venueName: z.string().nullable(),
  }),
  person: z.object({ displayName: z.string() }),
  state: z.enum(REGISTRATION_STATES),
  respondedAt: z.iso.datetime().nullable(),
  /** False once the exchange is over or cancelled, or the person has attended. */
  canRespond: z.boolean(),
});
export type InvitationView = z.infer<typeof invitationViewSchema>;

export const invitationAnswerSchema = z.strictObject({ answer: z.enum(['confirm', 'decline']) });
