import { z } from 'zod';
import { EXPORT_LANGUAGES } from '../../core/export/export-language.js';

export const popoloQuerySchema = z.strictObject({
  lang: z.enum(EXPORT_LANGUAGES).optional().describe('Language of names and descriptions (default: the Accept-Language header, else German); other languages follow as other_names'),
});
export type PopoloQuery = z.infer<typeof popoloQuerySchema>;

const nullableText = z.string().nullable();
const otherNameSchema = z.object({ name: z.string(), note: z.string().describe('lang:<tag> for a translation, local for the name as entered, short for an abbreviation') });

export const popoloOrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  other_names: z.array(otherNameSchema),
  identifiers: z.array(z.object({ identifier: z.string(), scheme: z.string() })),
  classification: z.string().describe('The kind of organisation'),
  parent_id: z.uuid().nullable(),
  area_id: z.uuid().nullable().describe('The place of the seat'),
  description: nullableText,
  contact_details: z.array(z.object({ type: z.string(), value: z.string() })),
  links: z.array(z.object({ url: z.string(), note: z.string() })),
  created_at: z.string(),
  updated_at: z.string(),
});

export const popoloPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  sort_name: z.string(),
  honorific_prefix: nullableText,
  created_at: z.string(),
  updated_at: z.string(),
});

export const popoloMembershipSchema = z.object({
  id: z.uuid(),
  person_id: z.uuid(),
  organization_id: z.uuid(),
  role: nullableText,
  start_date: nullableText,
  end_date: nullableText,
});

export const popoloEventSchema = z.object({
  id: z.uuid(),
  name: nullableText,
  description: nullableText,
  start_date: z.string(),
  end_date: z.string(),
  location: nullableText,
  status: z.string(),
  classification: z.string().describe('The kind of exchange'),
  organization_id: z.uuid().nullable().describe('The host, else the organiser'),
  created_at: z.string(),
  updated_at: z.string(),
});

export const popoloOrganizationsSchema = z.array(popoloOrganizationSchema);
export const popoloPersonsSchema = z.array(popoloPersonSchema);
export const popoloMembershipsSchema = z.array(popoloMembershipSchema);
export const popoloEventsSchema = z.array(popoloEventSchema);
