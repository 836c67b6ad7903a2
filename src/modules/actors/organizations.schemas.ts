import { z } from 'zod';
import { exportLanguageShape } from '../../core/export/export-query.js';
import { countryCodeSchema, LANGUAGE_TAG, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { ORGANIZATION_KINDS } from './actors.types.js';

export const organizationRefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ORGANIZATION_KINDS).meta({ id: 'OrganizationKind' }),
  name: z.string(),
  names: localizedTextSchema,
  shortName: z.string().nullable(),
  seatPlaceId: z.uuid().nullable(),
});
export type OrganizationRef = z.infer<typeof organizationRefSchema>;

export const organizationListQuerySchema = z.strictObject({
  country: countryCodeSchema.optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  themeId: z.uuid().optional(),
  seatPlaceId: z.uuid().optional(),
  withinPlaceId: z.uuid().optional().describe('Only organizations seated in this place or in a place inside it (a town with its districts and quarters)'),
  parentId: z.uuid().optional().describe('Only organizations directly inside this one'),
  q: z.string().trim().min(1).max(100).optional().describe('Only organizations whose name or short name contains this'),
  ...pageQueryShape,
});
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;

export const organizationSummarySchema = organizationRefSchema.extend({
  countryCode: z.string().nullable(),
  visibility: z.enum(VISIBILITIES),
  seat: placeRefSchema.nullable(),
  themes: z.array(themeRefSchema),
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;
export const organizationPageSchema = pageSchema(organizationSummarySchema);

/** The workspace a record belongs to, to tell records of the same name apart. */
export const recordWorkspaceSchema = z.object({ id: z.uuid(), name: z.string() });

/** An organization as a picker or a duplicate warning shows it: with what tells it from others of the same name. */
export const organizationCandidateSchema = organizationSummarySchema.extend({
  workspace: recordWorkspaceSchema.nullable(),
  parent: organizationRefSchema.nullable(),
});
export type OrganizationCandidate = z.infer<typeof organizationCandidateSchema>;

export const organizationSimilarQuerySchema = z.strictObject({
  name: z.string().trim().min(2, 'must have at least two letters').max(300),
  seatPlaceId: z.uuid().optional().describe('Only organizations seated there or without a known seat'),
  excludeId: z.uuid().optional().describe('An organization to leave out (the one being edited)'),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type OrganizationSimilarQuery = z.infer<typeof organizationSimilarQuerySchema>;

export const memberSchema = z.object({
  affiliationId: z.uuid(),
  personId: z.uuid(),
  /** "Anonymised person" when the person's data was erased. */
  displayName: z.string(),
  erased: z.boolean(),
  role: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export const organizationDetailSchema = organizationSummarySchema.extend({
  description: localizedTextSchema,
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  iatiIdentifier: z.string().nullable().describe('Organisation identifier of the IATI standard, e.g. DE-PR-12345'),
  workspaceId: z.uuid(),
  parent: organizationRefSchema.nullable(),
  children: z.array(organizationRefSchema),
  people: z.array(memberSchema),
  canEdit: z.boolean(),
});
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

const textsSchema = z.record(z.string().regex(LANGUAGE_TAG, 'must be a language tag such as de, en or uk'), z.string().trim().max(2000));
/** The prefix of a register (country code + agency) and the number in it: DE-PR-12345, XM-DAC-41126. */
export const IATI_ORGANISATION_IDENTIFIER = /^[A-Z]{2}-[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const organizationFieldsShape = {
  kind: z.enum(ORGANIZATION_KINDS),
  name: z.string().trim().min(1, 'must not be empty').max(300),
  names: textsSchema.optional(),
  shortName: optional(z.string().trim().max(60)),
  description: textsSchema.optional(),
  seatPlaceId: optional(z.uuid()),
  countryCode: optional(countryCodeSchema),
  parentId: optional(z.uuid()),
  website: optional(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).max(500)),
  email: optional(z.email('must be an e-mail address').max(200)),
  phone: optional(z.string().trim().regex(/^\+?[0-9 ()/.-]{4,40}$/, 'must be a phone number: digits, spaces and + ( ) / . -')),
  address: optional(z.string().trim().max(500)),
  iatiIdentifier: optional(z.string().trim().max(100).regex(IATI_ORGANISATION_IDENTIFIER, 'must be an IATI organisation identifier such as DE-PR-12345')),
  visibility: z.enum(VISIBILITIES).optional(),
  themeIds: z.array(z.uuid()).max(50).optional(),
};

export const organizationCreateSchema = z.strictObject({ workspaceId: z.uuid('must be the id of a workspace you belong to'), ...organizationFieldsShape });
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

export const organizationUpdateSchema = z.strictObject(organizationFieldsShape).partial();
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationAutocompleteQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export const organizationCandidatesSchema = z.object({ items: z.array(organizationCandidateSchema) });

/** The filters of the organisation list, and the language of the CSV file. */
export const organizationExportQuerySchema = organizationListQuerySchema.omit({ limit: true, cursor: true }).extend(exportLanguageShape);
