import { z } from 'zod';
import { localizedTextSchema } from '../../core/http/common-schemas.js';

/** How to reach an organisation or a person named as a contact. */
export const organizationCardSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  names: localizedTextSchema,
  shortName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
});
export type OrganizationCard = z.infer<typeof organizationCardSchema>;

export const personCardSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  erased: z.boolean(),
});
export type PersonCard = z.infer<typeof personCardSchema>;
