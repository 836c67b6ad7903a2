import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { personRefSchema } from '../actors/people.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { OUTCOME_KINDS, OUTCOME_STATUSES, SESSION_KINDS } from './exchange-program.tables.js';
import { DELEGATION_SECTORS, EXCHANGE_STATUSES } from './exchanges.tables.js';
import { EXCHANGE_KINDS, ORGANIZATION_ROLES } from './exchanges.types.js';
import { changeSchemaOf, textInSomeLanguageSchema, wholeNumberSchema } from '../../core/http/record-fields.js';

export const exchangeListQuerySchema = z.strictObject({
  kind: z.enum(EXCHANGE_KINDS).optional(),
  partnershipId: z.uuid().optional(),
  networkId: z.uuid().optional(),
  status: z.enum(EXCHANGE_STATUSES).optional(),
  themeId: z.uuid().optional().describe('Only exchanges about this theme'),
  venuePlaceId: z.uuid().optional().describe('Only exchanges held at this place'),
  from: isoDateSchema.optional().describe('Only exchanges ending on or after this date'),
  to: isoDateSchema.optional().describe('Only exchanges starting on or before this date'),
  order: z.enum(['newest', 'oldest']).default('newest'),
  ...pageQueryShape,
});
export type ExchangeListQuery = z.infer<typeof exchangeListQuerySchema>;

const seriesPositionSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  part: z.number().int(),
  plannedParts: z.number().int().nullable(),
});

export const exchangeSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(EXCHANGE_KINDS).meta({ id: 'ExchangeKind' }),
  title: localizedTextSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  timeZone: z.string(),
  status: z.enum(EXCHANGE_STATUSES).meta({ id: 'ExchangeStatus' }),
  visibility: z.enum(VISIBILITIES),
  venue: placeRefSchema.nullable(),
  venueName: z.string().nullable(),
  partnershipId: z.uuid().nullable(),
  networkId: z.uuid().nullable(),
  series: seriesPositionSchema.nullable(),
});
export type ExchangeSummary = z.infer<typeof exchangeSummarySchema>;

export const exchangePageSchema = pageSchema(exchangeSummarySchema);

export const delegationSchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  fromPlace: placeRefSchema.nullable(),
  fromOrganization: organizationRefSchema.nullable(),
  sectors: z.array(z.enum(DELEGATION_SECTORS).meta({ id: 'DelegationSector' })),
  size: z.number().int().nullable(),
  note: localizedTextSchema,
  countryCode: z.string().nullable().describe('The country of the place, or of the seat of the organization, the delegation comes from'),
  registrations: z.number().int().nullable().describe('How many registrations belong to the delegation; null for those who may not edit the exchange'),
});
export type Delegation = z.infer<typeof delegationSchema>;

/** Clock time in the exchange's time zone, HH:MM. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM from 00:00 to 23:59' });

export const stopSchema = z.object({
  id: z.uuid(),
  place: placeRefSchema.nullable(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  siteVisits: z.array(localizedTextSchema),
  note: localizedTextSchema,
});

export const sessionSchema = z.object({
  id: z.uuid(),
  day: isoDateSchema,
  startsAt: clockTimeSchema.nullable(),
  endsAt: clockTimeSchema.nullable(),
  /** The start as an instant, computed from day, time and the exchange's time zone. */
  startsAtUtc: z.iso.datetime().nullable(),
  kind: z.enum(SESSION_KINDS).meta({ id: 'SessionKind' }),
  title: localizedTextSchema,
  description: localizedTextSchema,
  theme: themeRefSchema.nullable(),
  facilitator: personRefSchema.nullable(),
  projectGroupId: z.uuid().nullable(),
  room: z.string().nullable(),
});
export type AgendaSession = z.infer<typeof sessionSchema>;

export const outcomeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(OUTCOME_KINDS).meta({ id: 'OutcomeKind' }),
  text: localizedTextSchema,
  owner: personRefSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
  status: z.enum(OUTCOME_STATUSES).meta({ id: 'OutcomeStatus' }),
  theme: themeRefSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const participationSchema = z.object({
  capacity: z.number().int().nullable(),
  /** Registered, confirmed and attended: the places taken. */
  counted: z.number().int(),
  free: z.number().int().nullable(),
  invited: z.number().int(),
  waitlisted: z.number().int(),
  confirmed: z.number().int(),
  attended: z.number().int(),
  cancelled: z.number().int(),
});
export type Participation = z.infer<typeof participationSchema>;

export const hostMemberSchema = z.object({
  id: z.uuid(),
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
});

export const exchangeDetailSchema = exchangeSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean().describe('Whether the viewer may change the exchange, its programme and its participants'),
  description: localizedTextSchema,
  capacity: z.number().int().nullable(),
  reportedParticipants: z.number().int().nullable(),
  organizations: z.array(z.object({ role: z.enum(ORGANIZATION_ROLES).meta({ id: 'ExchangeOrganizationRole' }), organization: organizationRefSchema })),
  delegations: z.array(delegationSchema),
  themes: z.array(themeRefSchema),
  stops: z.array(stopSchema),
  agenda: z.array(sessionSchema),
  outcomes: z.array(outcomeSchema),
  hostNetworkMember: hostMemberSchema.nullable(),
  participation: participationSchema,
});
export type ExchangeDetail = z.infer<typeof exchangeDetailSchema>;

const titleSchema = textInSomeLanguageSchema('needs a title in at least one language');

const countSchema = (max: number) => wholeNumberSchema(0, max);

const stopInputSchema = z.strictObject({
  placeId: z.uuid(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  siteVisits: z.array(localizedTextSchema).max(30).default([]),
  note: localizedTextSchema.default({}),
});

const exchangeFields = {
  visibility: z.enum(VISIBILITIES),
  kind: z.enum(EXCHANGE_KINDS),
  title: titleSchema,
  description: localizedTextSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  timeZone: z.string().max(64).describe('IANA time zone the dates and agenda times are meant in, e.g. Europe/Kyiv'),
  status: z.enum(EXCHANGE_STATUSES),
  venuePlaceId: z.uuid().nullable(),
  venueName: z.string().trim().max(300).nullable(),
  partnershipId: z.uuid().nullable(),
  networkId: z.uuid().nullable(),
  hostNetworkMemberId: z.uuid().nullable().describe('For a network meeting: the hosting member (GET /api/networks/{id}/rotation proposes one)'),
  capacity: countSchema(100_000).nullable(),
  reportedParticipants: countSchema(100_000).nullable(),
  themeIds: z.array(z.uuid()).max(50),
  organizations: z.array(z.strictObject({ organizationId: z.uuid(), role: z.enum(ORGANIZATION_ROLES) })).max(50),
  stops: z.array(stopInputSchema).max(30),
};

export const exchangeCreateSchema = z.strictObject({
  workspaceId: z.uuid(),
  ...exchangeFields,
  visibility: exchangeFields.visibility.default('workspace'),
  description: exchangeFields.description.default({}),
  timeZone: exchangeFields.timeZone.default('Europe/Berlin'),
  status: exchangeFields.status.default('planned'),
  venuePlaceId: exchangeFields.venuePlaceId.default(null),
  venueName: exchangeFields.venueName.default(null),
  partnershipId: exchangeFields.partnershipId.default(null),
  networkId: exchangeFields.networkId.default(null),
  hostNetworkMemberId: exchangeFields.hostNetworkMemberId.default(null),
  capacity: exchangeFields.capacity.default(null),
  reportedParticipants: exchangeFields.reportedParticipants.default(null),
  themeIds: exchangeFields.themeIds.default([]),
  organizations: exchangeFields.organizations.default([]),
  stops: exchangeFields.stops.default([]),
});
export type ExchangeCreate = z.infer<typeof exchangeCreateSchema>;

export const exchangeUpdateSchema = changeSchemaOf(exchangeFields);
export type ExchangeUpdate = z.infer<typeof exchangeUpdateSchema>;

const sessionFields = {
  day: isoDateSchema,
  startsAt: clockTimeSchema.nullable(),
  endsAt: clockTimeSchema.nullable(),
  kind: z.enum(SESSION_KINDS),
  title: titleSchema,
  description: localizedTextSchema,
  themeId: z.uuid().nullable(),
  facilitatorPersonId: z.uuid().nullable(),
  projectGroupId: z.uuid().nullable(),
  room: z.string().trim().max(200).nullable(),
};

export const sessionCreateSchema = z.strictObject({
  ...sessionFields,
  startsAt: sessionFields.startsAt.default(null),
  endsAt: sessionFields.endsAt.default(null),
  description: sessionFields.description.default({}),
  themeId: sessionFields.themeId.default(null),
  facilitatorPersonId: sessionFields.facilitatorPersonId.default(null),
  projectGroupId: sessionFields.projectGroupId.default(null),
  room: sessionFields.room.default(null),
});
export type SessionCreate = z.infer<typeof sessionCreateSchema>;
export const sessionUpdateSchema = changeSchemaOf(sessionFields);
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

const outcomeFields = {
  kind: z.enum(OUTCOME_KINDS),
  text: textInSomeLanguageSchema('needs a text in at least one language'),
  ownerPersonId: z.uuid().nullable(),
  dueOn: isoDateSchema.nullable(),
  status: z.enum(OUTCOME_STATUSES),
  themeId: z.uuid().nullable(),
};
export const outcomeCreateSchema = z.strictObject({
  ...outcomeFields,
  ownerPersonId: outcomeFields.ownerPersonId.default(null),
  dueOn: outcomeFields.dueOn.default(null),
  status: outcomeFields.status.default('open'),
  themeId: outcomeFields.themeId.default(null),
});
export type OutcomeCreate = z.infer<typeof outcomeCreateSchema>;
export const outcomeUpdateSchema = changeSchemaOf(outcomeFields);
export type OutcomeUpdate = z.infer<typeof outcomeUpdateSchema>;

const delegationFields = {
  name: localizedTextSchema,
  fromPlaceId: z.uuid().nullable(),
  fromOrganizationId: z.uuid().nullable(),
  sectors: z.array(z.enum(DELEGATION_SECTORS)).max(DELEGATION_SECTORS.length),
  size: z.number().int().min(1).max(10_000).nullable(),
  note: localizedTextSchema,
};
export const delegationCreateSchema = z.strictObject({
  name: delegationFields.name.default({}),
  fromPlaceId: delegationFields.fromPlaceId.default(null),
  fromOrganizationId: delegationFields.fromOrganizationId.default(null),
  sectors: delegationFields.sectors.default([]),
  size: delegationFields.size.default(null),
  note: delegationFields.note.default({}),
});
export type DelegationCreate = z.infer<typeof delegationCreateSchema>;
export const delegationUpdateSchema = changeSchemaOf(delegationFields);
export type DelegationUpdate = z.infer<typeof delegationUpdateSchema>;

export const sessionParamsSchema = z.strictObject({ id: z.uuid(), sessionId: z.uuid() });
export const outcomeParamsSchema = z.strictObject({ id: z.uuid(), outcomeId: z.uuid() });
export const delegationParamsSchema = z.strictObject({ id: z.uuid(), delegationId: z.uuid() });

const yearSchema = z.coerce
  .number({ error: 'must be a year such as 2018' })
  .int({ error: 'must be a year such as 2018' })
  .min(1900, { error: 'must be a year from 1900 to 2200' })
  .max(2200, { error: 'must be a year from 1900 to 2200' });

export const statisticsQuerySchema = z.strictObject({
  from: yearSchema.optional().describe('First year (default: ten years before the last)'),
  to: yearSchema.optional().describe('Last year (default: this year)'),
  workspaceId: z.uuid().optional().describe('Only exchanges of this workspace'),
});
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

export const statisticsSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  exchangesPerYear: z.array(z.object({ year: z.number().int(), kind: z.enum(EXCHANGE_KINDS), count: z.number().int() })),
  participantsByCountry: z.array(
    z.object({
      countryCode: z.string().nullable(),
      /** Registered participants (places taken) plus the reported size of delegations of exchanges without registrations. */
      count: z.number().int(),
    }),
  ),
  themes: z.array(z.object({ theme: themeRefSchema, count: z.number().int() })),
  totals: z.object({ exchanges: z.number().int(), participants: z.number().int(), countries: z.number().int() }),
});
export type Statistics = z.infer<typeof statisticsSchema>;

export const rotationQuerySchema = z.strictObject({
  date: isoDateSchema.optional().describe('The date of the meeting to find a host for (default: today)'),
});

export const rotationSchema = z.object({
  date: isoDateSchema,
  /** The member proposed as host: the one that hosted longest ago (never first) and is available. */
  proposal: z.uuid().nullable(),
  members: z.array(
    z.object({
      member: hostMemberSchema,
      lastHostedOn: isoDateSchema.nullable(),
      hostedCount: z.number().int(),
      /** A meeting the member hosts on or after the date already: it comes last in the rotation. */
      nextHostingOn: isoDateSchema.nullable(),
      unavailable: z.boolean().describe('Whether the member cannot host on the date'),
    }),
  ),
});
export type Rotation = z.infer<typeof rotationSchema>;

export const meetingPlanSchema = z.strictObject({
  from: isoDateSchema.describe('The date of the first meeting'),
  until: isoDateSchema.optional().describe('The last date a meeting may fall on (default: one year after the first, less a day)'),
  timeZone: z.string().max(64).default('Europe/Berlin'),
  visibility: z.enum(VISIBILITIES).optional().describe('Default: the network’s own'),
});
export type MeetingPlan = z.infer<typeof meetingPlanSchema>;

export const meetingPlanResultSchema = z.object({
  items: z.array(exchangeSummarySchema),
  /** Dates on which the network has a meeting already. */
  skipped: z.array(isoDateSchema),
});
