import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { personRefSchema } from '../actors/people.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { NETWORK_CADENCES, NETWORK_KINDS } from './networks.tables.js';
import { changeSchemaOf, newRecordScopeShape, textInSomeLanguageSchema, wholeNumberSchema } from '../../core/http/record-fields.js';

export const networkListQuerySchema = z.strictObject({
  cadence: z.enum(NETWORK_CADENCES).optional(),
  archived: z.enum(['true', 'false']).optional().describe('true: only archived networks; false: only those still meeting; absent: all'),
  ...pageQueryShape,
});
export type NetworkListQuery = z.infer<typeof networkListQuerySchema>;

export const networkSummarySchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  shortName: z.string().nullable(),
  kind: z.enum(NETWORK_KINDS).meta({ id: 'NetworkKind' }),
  cadence: z.enum(NETWORK_CADENCES).meta({ id: 'NetworkCadence' }),
  foundedYear: z.number().int().nullable(),
  visibility: z.enum(VISIBILITIES),
  region: placeRefSchema.nullable(),
  memberCount: z.number().int(),
  /** When the network was archived; archived networks no longer meet. */
  archivedAt: z.iso.datetime().nullable(),
});
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

export const networkPageSchema = pageSchema(networkSummarySchema);

export const unavailabilitySchema = z.object({
  id: z.uuid(),
  from: isoDateSchema,
  to: isoDateSchema,
  note: z.string().nullable(),
});

export const networkMemberSchema = z.object({
  id: z.uuid(),
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
  joinedOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  contactPerson: personRefSchema.nullable(),
  /** Whether the member has hosted or is to host meetings; such a member is kept as a former member. */
  hasHosted: z.boolean(),
  /** Periods in which the member cannot host a meeting. */
  unavailability: z.array(unavailabilitySchema),
});
export type NetworkMember = z.infer<typeof networkMemberSchema>;

export const networkDetailSchema = networkSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean().describe('Whether the viewer may change the network and plan its meetings'),
  description: localizedTextSchema,
  organization: organizationRefSchema.nullable(),
  themes: z.array(themeRefSchema),
  members: z.array(networkMemberSchema),
});
export type NetworkDetail = z.infer<typeof networkDetailSchema>;

export const memberParamsSchema = z.strictObject({ id: z.uuid(), memberId: z.uuid() });
export const unavailabilityParamsSchema = z.strictObject({ id: z.uuid(), memberId: z.uuid(), entryId: z.uuid() });

export const unavailabilityCreateSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  note: z.string().trim().max(500).nullable().default(null),
});
export type UnavailabilityCreate = z.infer<typeof unavailabilityCreateSchema>;

const nameSchema = textInSomeLanguageSchema('needs a name in at least one language');
const foundedYearSchema = wholeNumberSchema(1800, 2200, { error: 'must be a year such as 2008' });

export const networkCreateSchema = z.strictObject({
  ...newRecordScopeShape,
  name: nameSchema,
  shortName: z.string().trim().max(80).nullable().default(null),
  description: localizedTextSchema.default({}),
  kind: z.enum(NETWORK_KINDS),
  cadence: z.enum(NETWORK_CADENCES),
  foundedYear: foundedYearSchema.nullable().default(null),
  regionPlaceId: z.uuid().nullable().default(null),
  organizationId: z.uuid().nullable().default(null).describe('The organisation that coordinates the network'),
  themeIds: z.array(z.uuid()).max(50).default([]),
});
export type NetworkCreate = z.infer<typeof networkCreateSchema>;

export const networkUpdateSchema = changeSchemaOf({
  visibility: z.enum(VISIBILITIES),
  name: nameSchema,
  shortName: z.string().trim().max(80).nullable(),
  description: localizedTextSchema,
  kind: z.enum(NETWORK_KINDS),
  cadence: z.enum(NETWORK_CADENCES),
  foundedYear: foundedYearSchema.nullable(),
  regionPlaceId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  themeIds: z.array(z.uuid()).max(50),
  archived: z.boolean().describe('Archive the network (it no longer meets) or bring it back'),
});
export type NetworkUpdate = z.infer<typeof networkUpdateSchema>;

const memberFieldsShape = {
  joinedOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  contactPersonId: z.uuid().nullable(),
};

export const memberCreateSchema = z
  .strictObject({
    placeId: z.uuid().nullable().default(null),
    organizationId: z.uuid().nullable().default(null),
    joinedOn: memberFieldsShape.joinedOn.default(null),
    leftOn: memberFieldsShape.leftOn.default(null),
    contactPersonId: memberFieldsShape.contactPersonId.default(null),
  });
export type MemberCreate = z.infer<typeof memberCreateSchema>;

export const memberUpdateSchema = changeSchemaOf(memberFieldsShape);
export type MemberUpdate = z.infer<typeof memberUpdateSchema>;

export const memberRemovalSchema = z.strictObject({
  outcome: z.enum(['removed', 'left']).describe('removed: the member was deleted; left: it hosted meetings and is kept as a former member'),
  member: networkMemberSchema.nullable(),
});
