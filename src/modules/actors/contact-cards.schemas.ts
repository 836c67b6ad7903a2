import { z } from 'zod';
import { organizationDetailSchema } from './organizations.schemas.js';
import { personDetailSchema } from './people.schemas.js';

/** How to reach an organisation or a person named as a contact: the fields of its detail a contact card shows. */
export const organizationCardSchema = organizationDetailSchema.pick({ id: true, name: true, names: true, shortName: true, address: true, phone: true, email: true, website: true });
export type OrganizationCard = z.infer<typeof organizationCardSchema>;

export const personCardSchema = personDetailSchema.pick({ id: true, displayName: true, phone: true, email: true, erased: true });
export type PersonCard = z.infer<typeof personCardSchema>;
