import { z } from 'zod';
import { exportLanguageShape } from '../../core/export/export-query.js';
import { countryCodeSchema, LANGUAGE_TAG, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { PLACE_KINDS } from './places.tables.js';

export const placeRefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PLACE_KINDS).meta({ id: 'PlaceKind' }),
  name: z.string(),
  names: localizedTextSchema,
  countryCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type PlaceRef = z.infer<typeof placeRefSchema>;

export const placeListQuerySchema = z.strictObject({
  country: countryCodeSchema.optional().describe('ISO 3166-1 alpha-2 code (XK for Kosovo)'),
  kind: z.enum(PLACE_KINDS).optional(),
  parentId: z.uuid().optional().describe('Only places directly below this one'),
  q: z.string().trim().min(1).max(100).optional().describe('Only places with a name starting like this (any language or spelling)'),
  ...pageQueryShape,
});
export type PlaceListQuery = z.infer<typeof placeListQuerySchema>;

export const placeAutocompleteQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100).describe('What was typed: Kiew, Kyiv, Київ, Winnyzja …'),
  country: countryCodeSchema.optional(),
  within: z.uuid().optional().describe('Only places below this one (the quarters and districts of a city)'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type PlaceAutocompleteQuery = z.infer<typeof placeAutocompleteQuerySchema>;

export const placeSummarySchema = placeRefSchema.extend({
  parentId: z.uuid().nullable(),
  population: z.number().int().nullable(),
  geonamesId: z.number().int().nullable(),
  visibility: z.enum(VISIBILITIES),
});
export type PlaceSummary = z.infer<typeof placeSummarySchema>;
export const placePageSchema = pageSchema(placeSummarySchema);

export const placeSuggestionSchema = placeSummarySchema.extend({
  /** The spelling that matched, when it is not the name shown: "Kiew" for Kyiv. */
  matchedName: z.string(),
  parent: placeRefSchema.nullable(),
});
export type PlaceSuggestion = z.infer<typeof placeSuggestionSchema>;

export const placeDetailSchema = placeSummarySchema.extend({
  aliases: z.array(z.string()),
  isoCode: z.string().nullable(),
  adminCode: z.string().nullable(),
  ags: z.string().nullable(),
  katottg: z.string().nullable(),
  workspaceId: z.uuid(),
  ancestors: z.array(placeRefSchema).describe('From the country down to the parent'),
  children: z.array(placeSummarySchema).describe('The first 100 places directly below, largest first'),
  childCount: z.number().int(),
  canEdit: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PlaceDetail = z.infer<typeof placeDetailSchema>;

const namesInputSchema = z.record(z.string().regex(LANGUAGE_TAG, 'must be a language tag such as de, en or uk'), z.string().trim().min(1).max(200));
const aliasesInputSchema = z.array(z.string().trim().min(1).max(200)).max(50);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const placeFieldsShape = {
  name: z.string().trim().min(1, 'must not be empty').max(200),
  names: namesInputSchema.optional(),
  aliases: aliasesInputSchema.optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  countryCode: countryCodeSchema.nullable().optional(),
  ags: z.string().regex(/^(\d{8}|\d{12})$/, 'must be a German AGS of 8 digits (or a regional key of 12)').nullable().optional(),
  katottg: z.string().regex(/^UA\d{17}$/, 'must be a KATOTTG code: UA and 17 digits').nullable().optional(),
  population: z.number().int().min(0).max(100_000_000).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  isoCode: optionalText(10),
};

export const placeCreateSchema = z.strictObject({
  workspaceId: z.uuid('must be the id of a workspace you belong to'),
  kind: z.enum(PLACE_KINDS),
  parentId: z.uuid().nullable().optional(),
  ...placeFieldsShape,
});
export type PlaceCreate = z.infer<typeof placeCreateSchema>;

export const placeUpdateSchema = z.strictObject({
  kind: z.enum(PLACE_KINDS).optional(),
  parentId: z.uuid().nullable().optional(),
  ...placeFieldsShape,
  name: placeFieldsShape.name.optional(),
});
export type PlaceUpdate = z.infer<typeof placeUpdateSchema>;

export const placeSuggestionsSchema = z.object({ items: z.array(placeSuggestionSchema) });

/** The filters of the list of places, and the language of the CSV file. */
export const placeExportQuerySchema = placeListQuerySchema.omit({ limit: true, cursor: true }).extend(exportLanguageShape);
