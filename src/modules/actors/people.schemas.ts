import { z } from 'zod';
import { exportLanguageShape } from '../../core/export/export-query.js';
import { isoDateSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { organizationRefSchema, recordWorkspaceSchema } from './organizations.schemas.js';
import { CONSENT_BASES } from './actors.types.js';

const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as de, en or uk');

export const personListQuerySchema = z.strictObject({
  organizationId: z.uuid().optional(),
  themeId: z.uuid().optional(),
  language: languageCodeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Only people whose name contains this'),
  ...pageQueryShape,
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;

export const affiliationSchema = z.object({
  id: z.uuid(),
  organization: organizationRefSchema.nullable(),
  role: z.string().nullable(),
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
});

export const personSummarySchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  honorific: z.string().nullable(),
  displayName: z.string(),
  languages: z.array(z.string()),
  visibility: z.enum(VISIBILITIES),
  erased: z.boolean(),
  /** Affiliations without an end date. */
  current: z.array(affiliationSchema),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personCandidateSchema = personSummarySchema.extend({ workspace: recordWorkspaceSchema.nullable() });
export type PersonCandidate = z.infer<typeof personCandidateSchema>;

export const personSimilarQuerySchema = z.strictObject({
  givenName: z.string().trim().max(200).default(''),
  familyName: z.string().trim().min(2, 'must have at least two letters').max(200),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type PersonSimilarQuery = z.infer<typeof personSimilarQuerySchema>;
export const personPageSchema = pageSchema(personSummarySchema);

export const consentSchema = z.object({
  basis: z.enum(CONSENT_BASES).meta({ id: 'ConsentBasis' }),
  obtainedOn: isoDateSchema.nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable().describe('Display name of the user who recorded it'),
  recordedAt: z.iso.datetime(),
});

export const personDetailSchema = personSummarySchema.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  workspaceId: z.uuid(),
  selfEntered: z.boolean(),
  consent: consentSchema.nullable(),
  affiliations: z.array(affiliationSchema),
  themes: z.array(themeRefSchema),
  canEdit: z.boolean(),
  erasedAt: z.iso.datetime().nullable(),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const consentInputSchema = z.strictObject({
  basis: z.enum(CONSENT_BASES),
  obtainedOn: optional(isoDateSchema),
  note: optional(z.string().trim().max(1000)),
});

export const affiliationInputSchema = z
  .strictObject({
    organizationId: z.uuid(),
    role: optional(z.string().trim().max(200)),
    from: optional(isoDateSchema),
    to: optional(isoDateSchema),
  })
  .refine((value) => !value.from || !value.to || value.to >= value.from, { message: 'must not end before it starts', path: ['to'] });

const personFieldsShape = {
  givenName: z.string().trim().min(1, 'must not be empty').max(100),
  familyName: z.string().trim().min(1, 'must not be empty').max(100),
  honorific: optional(z.string().trim().max(40)),
  email: optional(z.email('must be an e-mail address').max(200)),
  phone: optional(z.string().trim().regex(/^\+?[0-9 ()/.-]{4,40}$/, 'must be a phone number: digits, spaces and + ( ) / . -')),
  languages: z.array(languageCodeSchema).max(20).optional(),
  notes: optional(z.string().trim().max(5000)),
  visibility: z.enum(VISIBILITIES).optional(),
  themeIds: z.array(z.uuid()).max(50).optional(),
  affiliations: z.array(affiliationInputSchema).max(50).optional(),
  consent: consentInputSchema.optional().describe('Required when you enter someone else: the lawful basis for holding their data'),
};

export const personCreateSchema = z.strictObject({
  workspaceId: z.uuid('must be the id of a workspace you belong to'),
  ...personFieldsShape,
  self: z.boolean().optional().describe('The person is you; then no consent record is needed'),
});
export type PersonCreate = z.infer<typeof personCreateSchema>;

export const personUpdateSchema = z.strictObject(personFieldsShape).partial();
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** How other modules show a person they link to (a project group member, a participant). */
export const personRefSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  erased: z.boolean(),
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const personCandidatesSchema = z.object({ items: z.array(personCandidateSchema) });

/** The filters of the list of people, and the language of the CSV file. */
export const personExportQuerySchema = personListQuerySchema.omit({ limit: true, cursor: true }).extend(exportLanguageShape);
