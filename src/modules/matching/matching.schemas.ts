import { z } from 'zod';
import { textInSomeLanguageSchema } from '../../core/http/record-fields.js';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { personRefSchema } from '../actors/people.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { MATCHING_DIRECTIONS, MATCHING_ITEM_KINDS, PROFILE_SUBJECTS, SOUGHT_PARTNERSHIP_TYPES, URGENCIES } from './matching.tables.js';

/** Named value lists: components of the OpenAPI document, from which the web app takes its options. */
const matchingItemKindSchema = z.enum(MATCHING_ITEM_KINDS).meta({ id: 'MatchingItemKind' });
const urgencySchema = z.enum(URGENCIES).meta({ id: 'Urgency' });
const profileSubjectSchema = z.enum(PROFILE_SUBJECTS).meta({ id: 'ProfileSubject' });
const soughtPartnershipTypeSchema = z.enum(SOUGHT_PARTNERSHIP_TYPES).meta({ id: 'SoughtPartnershipType' });

const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as de or uk');

const descriptionSchema = textInSomeLanguageSchema('needs a description in at least one language');

export const matchingItemCreateSchema = z.strictObject({
  direction: z.enum(MATCHING_DIRECTIONS),
  themeId: z.uuid(),
  kind: matchingItemKindSchema,
  description: descriptionSchema,
  urgency: urgencySchema.default('medium'),
  until: isoDateSchema.nullable().default(null),
});
export type MatchingItemCreate = z.infer<typeof matchingItemCreateSchema>;

export const matchingItemUpdateSchema = z.strictObject({
  themeId: z.uuid().optional(),
  kind: matchingItemKindSchema.optional(),
  description: descriptionSchema.optional(),
  urgency: urgencySchema.optional(),
  until: isoDateSchema.nullable().optional(),
});
export type MatchingItemUpdate = z.infer<typeof matchingItemUpdateSchema>;

export const matchingItemSchema = z.object({
  id: z.uuid(),
  direction: z.enum(MATCHING_DIRECTIONS),
  theme: themeRefSchema.nullable(),
  kind: matchingItemKindSchema,
  description: localizedTextSchema,
  urgency: urgencySchema,
  until: isoDateSchema.nullable(),
});
export type MatchingItem = z.infer<typeof matchingItemSchema>;

const profileFields = {
  population: z.number().int().min(0).max(50_000_000).nullable().describe('Inhabitants; null: the figure of the gazetteer'),
  languages: z.array(languageCodeSchema).max(20),
  partnershipTypes: z.array(soughtPartnershipTypeSchema).max(SOUGHT_PARTNERSHIP_TYPES.length),
  summary: localizedTextSchema,
  contactPersonId: z.uuid().nullable(),
  availability: z.string().trim().max(500).nullable(),
  themeIds: z.array(z.uuid()).max(50),
  visibility: z.enum(VISIBILITIES),
};

/** Whether a profile names exactly one subject: a municipality, an organisation or an expert. */
export function speaksForOne(input: { placeId?: unknown; organizationId?: unknown; personId?: unknown }): boolean {
  return [input.placeId, input.organizationId, input.personId].filter(Boolean).length === 1;
}

export const matchingProfileCreateSchema = z.strictObject({
  workspaceId: z.uuid(),
  placeId: z.uuid().optional().describe('The municipality the profile speaks for'),
  organizationId: z.uuid().optional().describe('…or the organisation'),
  personId: z.uuid().optional().describe('…or the expert'),
  population: profileFields.population.default(null),
  languages: profileFields.languages.default([]),
  partnershipTypes: profileFields.partnershipTypes.default([]),
  summary: profileFields.summary.default({}),
  contactPersonId: profileFields.contactPersonId.default(null),
  availability: profileFields.availability.default(null),
  themeIds: profileFields.themeIds.default([]),
  visibility: profileFields.visibility.default('workspace'),
  items: z.array(matchingItemCreateSchema).max(50).default([]).describe('Needs and offers to publish with the profile'),
}).refine((body) => speaksForOne(body), {
  path: ['placeId'],
  params: { code: 'either_required' },
  error: 'a profile speaks for one municipality (placeId), organisation (organizationId) or expert (personId)',
  // Checked even when other fields are wrong, so a form learns of the missing municipality in the same answer.
  when: (payload) => typeof payload.value === 'object' && payload.value !== null,
});
export type MatchingProfileCreate = z.infer<typeof matchingProfileCreateSchema>;

export const matchingProfileUpdateSchema = z.strictObject({
  population: profileFields.population.optional(),
  languages: profileFields.languages.optional(),
  partnershipTypes: profileFields.partnershipTypes.optional(),
  summary: profileFields.summary.optional(),
  contactPersonId: profileFields.contactPersonId.optional(),
  availability: profileFields.availability.optional(),
  themeIds: profileFields.themeIds.optional(),
  visibility: profileFields.visibility.optional(),
});
export type MatchingProfileUpdate = z.infer<typeof matchingProfileUpdateSchema>;

export const matchingProfileSummarySchema = z.object({
  id: z.uuid(),
  subject: profileSubjectSchema,
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
  person: personRefSchema.nullable(),
  visibility: z.enum(VISIBILITIES),
  population: z.number().int().nullable(),
  languages: z.array(z.string()),
  partnershipTypes: z.array(soughtPartnershipTypeSchema),
});
export type MatchingProfileSummary = z.infer<typeof matchingProfileSummarySchema>;

export const pastExchangeSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  roles: z.array(z.enum(['participant', 'facilitator'])),
  themes: z.array(themeRefSchema),
});

export const matchingProfileDetailSchema = matchingProfileSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean(),
  summary: localizedTextSchema,
  contactPerson: personRefSchema.nullable(),
  availability: z.string().nullable(),
  themes: z.array(themeRefSchema),
  needs: z.array(matchingItemSchema),
  offers: z.array(matchingItemSchema),
  /** For experts: the exchanges they took part in or facilitated, derived from the exchanges. */
  pastExchanges: z.array(pastExchangeSchema),
});
export type MatchingProfileDetail = z.infer<typeof matchingProfileDetailSchema>;

export const matchingProfileListQuerySchema = z.strictObject({
  subject: profileSubjectSchema.optional(),
  workspaceId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const matchingProfileListSchema = z.object({ items: z.array(matchingProfileSummarySchema) });

export const itemParamsSchema = z.strictObject({ id: z.uuid(), itemId: z.uuid() });

export const SUGGESTION_REASON_CODES = [
  'offers_needed_theme',
  'offers_related_theme',
  'expertise_in_theme',
  'similar_description',
  'similar_size',
  'same_region',
  'distance',
  'shared_languages',
  'experience_on_theme',
  'existing_partnership',
  'no_existing_partnership',
  'partnered_with_neighbour',
] as const;
export type SuggestionReasonCode = (typeof SUGGESTION_REASON_CODES)[number];

const reasonParamSchema = z.union([z.string(), z.number(), z.array(z.string()), localizedTextSchema]);

export const suggestionReasonSchema = z.object({
  code: z.enum(SUGGESTION_REASON_CODES).meta({ id: 'SuggestionReasonCode' }),
  /** Values the sentence names: theme and place names in every language, figures, language codes. */
  params: z.record(z.string(), reasonParamSchema),
});
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

export const suggestionSchema = z.object({
  profile: matchingProfileSummarySchema,
  score: z.number().describe('0 to 1; higher is a better match'),
  /** The offer that answers the need best, when one does. */
  offer: matchingItemSchema.nullable(),
  reasons: z.array(suggestionReasonSchema),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionQuerySchema = z.strictObject({
  needId: z.uuid().optional().describe('Suggest for this need only; absent: for all needs and themes of the profile'),
  subject: profileSubjectSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as DE or UA')
    .optional(),
  regionId: z.uuid().optional().describe('A state or oblast: only candidates in it'),
  minPopulation: z.coerce.number().int().min(0).optional(),
  maxPopulation: z.coerce.number().int().min(0).optional(),
  partnershipType: soughtPartnershipTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SuggestionQuery = z.infer<typeof suggestionQuerySchema>;

export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });
