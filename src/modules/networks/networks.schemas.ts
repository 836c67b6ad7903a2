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

export const networkDetailSchema = networkSummarySchema.extend({
  description: localizedTextSchema,
  organization: organizationRefSchema.nullable(),
  members: z.array(
    z.object({
      place: placeRefSchema.nullable(),
      organization: organizationRefSchema.nullable(),
      joinedOn: isoDateSchema.nullable(),
      leftOn: isoDateSchema.nullable(),
    }),
  ),
});
export type NetworkDetail = z.infer<typeof networkDetailSchema>;
