import { z } from 'zod';
import { localizedTextSchema } from '../../core/http/common-schemas.js';
import { ORGANIZATION_KINDS } from './organizations.tables.js';

export const organizationRefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ORGANIZATION_KINDS),
  name: z.string(),
  names: localizedTextSchema,
  shortName: z.string().nullable(),
  seatPlaceId: z.uuid().nullable(),
});
export type OrganizationRef = z.infer<typeof organizationRefSchema>;
