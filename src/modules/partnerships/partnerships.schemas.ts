import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { VISIBILITIES } from '../workspaces/workspaces.tables.js';
import { DATE_PRECISIONS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnerships.tables.js';

export const partnershipListQuerySchema = z.strictObject({
  kind: z.enum(PARTNERSHIP_KINDS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  placeId: z.uuid().optional().describe('Only partnerships in which this place is a party'),
  parentId: z.uuid().optional().describe('Only partnerships inside this one'),
  ...pageQueryShape,
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuerySchema>;

export const partySchema = z.object({
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
});

const partnershipLinkSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: localizedTextSchema,
});

export const partnershipSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: localizedTextSchema,
  since: isoDateSchema.nullable(),
  sincePrecision: z.enum(DATE_PRECISIONS),
  status: z.enum(PARTNERSHIP_STATUSES),
  visibility: z.enum(VISIBILITIES),
  parentId: z.uuid().nullable(),
  parties: z.array(partySchema),
});
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

export const partnershipPageSchema = pageSchema(partnershipSummarySchema);

export const partnershipDetailSchema = partnershipSummarySchema.extend({
  description: localizedTextSchema,
  endedOn: isoDateSchema.nullable(),
  parent: partnershipLinkSchema.nullable(),
  children: z.array(partnershipLinkSchema),
});
export type PartnershipDetail = z.infer<typeof partnershipDetailSchema>;
