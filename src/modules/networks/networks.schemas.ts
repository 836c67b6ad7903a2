import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { VISIBILITIES } from '../workspaces/workspaces.tables.js';
import { NETWORK_CADENCES } from './networks.tables.js';

export const networkListQuerySchema = z.strictObject({
  cadence: z.enum(NETWORK_CADENCES).optional(),
  ...pageQueryShape,
});
export type NetworkListQuery = z.infer<typeof networkListQuerySchema>;

export const networkSummarySchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  shortName: z.string().nullable(),
  cadence: z.enum(NETWORK_CADENCES),
  foundedYear: z.number().int().nullable(),
  visibility: z.enum(VISIBILITIES),
  region: placeRefSchema.nullable(),
  memberCount: z.number().int(),
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
  /** Periods in which the member cannot host a meeting. */
  unavailability: z.array(unavailabilitySchema),
});
export type NetworkMember = z.infer<typeof networkMemberSchema>;

export const networkDetailSchema = networkSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean().describe('Whether the viewer may change the network and plan its meetings'),
  description: localizedTextSchema,
  organization: organizationRefSchema.nullable(),
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
