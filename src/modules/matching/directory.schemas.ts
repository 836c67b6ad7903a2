import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { matchingItemSchema, matchingProfileSummarySchema } from './matching.schemas.js';
import { MATCHING_DIRECTIONS, MATCHING_ITEM_KINDS, SOUGHT_PARTNERSHIP_TYPES, URGENCIES } from './matching.tables.js';

const populationBound = z.coerce.number('must be a whole number of inhabitants').int('must be a whole number of inhabitants').min(0, 'must not be negative');

const directoryFilterShape = {
  direction: z.enum(MATCHING_DIRECTIONS).optional().describe('Only needs or only offers'),
  themeId: z.uuid().optional().describe('Only entries on this theme or one of its sub-themes'),
  kind: z.enum(MATCHING_ITEM_KINDS).optional(),
  urgency: z.enum(URGENCIES).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as DE or UA')
    .transform((code) => code.toUpperCase())
    .optional(),
  regionId: z.uuid().optional().describe('A state or oblast: only entries of places in it'),
  placeId: z.uuid().optional().describe('Only entries of this place (a marker of the map)'),
  minPopulation: populationBound.optional(),
  maxPopulation: populationBound.optional(),
  partnershipType: z.enum(SOUGHT_PARTNERSHIP_TYPES).optional().describe('Only profiles that seek this kind of partnership'),
};

export const directoryFilterSchema = z.strictObject(directoryFilterShape);
export type DirectoryFilter = z.infer<typeof directoryFilterSchema>;

export const directoryQuerySchema = z.strictObject({ ...directoryFilterShape, ...pageQueryShape });
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const directoryEntrySchema = matchingItemSchema.extend({
  profile: matchingProfileSummarySchema,
  /** Where the entry belongs on the map: the municipality, or the organisation's seat. */
  location: placeRefSchema.nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryPageSchema = pageSchema(directoryEntrySchema);

export const directoryPlaceSchema = z.object({
  place: placeRefSchema,
  needs: z.number().int(),
  offers: z.number().int(),
});
export type DirectoryPlace = z.infer<typeof directoryPlaceSchema>;

export const directoryMapSchema = z.object({ places: z.array(directoryPlaceSchema) });
