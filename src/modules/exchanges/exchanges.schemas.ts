import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { VISIBILITIES } from '../workspaces/workspaces.tables.js';
import { DELEGATION_SECTORS, EXCHANGE_KINDS, EXCHANGE_STATUSES, ORGANIZATION_ROLES } from './exchanges.tables.js';

export const exchangeListQuerySchema = z.strictObject({
  kind: z.enum(EXCHANGE_KINDS).optional(),
  partnershipId: z.uuid().optional(),
  networkId: z.uuid().optional(),
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
  kind: z.enum(EXCHANGE_KINDS),
  title: localizedTextSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  timeZone: z.string(),
  status: z.enum(EXCHANGE_STATUSES),
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
  fromPlace: placeRefSchema.nullable(),
  fromOrganization: organizationRefSchema.nullable(),
  sectors: z.array(z.enum(DELEGATION_SECTORS)),
  size: z.number().int().nullable(),
  note: localizedTextSchema,
});

export const exchangeDetailSchema = exchangeSummarySchema.extend({
  description: localizedTextSchema,
  capacity: z.number().int().nullable(),
  reportedParticipants: z.number().int().nullable(),
  organizations: z.array(z.object({ role: z.enum(ORGANIZATION_ROLES), organization: organizationRefSchema })),
  delegations: z.array(delegationSchema),
});
export type ExchangeDetail = z.infer<typeof exchangeDetailSchema>;
