import { z } from 'zod';
import { localizedTextSchema } from '../../../core/http/common-schemas.js';
import { DOCUMENT_LANGUAGES } from '../documents/documents.types.js';
import { SEARCH_TYPES } from './search.tables.js';

export const SEARCH_PAGE_SIZE = 20;

export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .describe('Words in German, English or Ukrainian; "quoted phrases"; -word to leave out what contains it'),
  type: z.enum(SEARCH_TYPES).optional().describe('Only records of this kind'),
  theme: z.uuid().optional().describe('Only records about this theme'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE, UA or XK')
    .optional(),
  year: z.coerce
    .number({ error: 'must be a year such as 2018' })
    .int({ error: 'must be a year such as 2018' })
    .min(1000, { error: 'must be a year such as 2018' })
    .max(9999, { error: 'must be a year such as 2018' })
    .optional(),
  language: z.enum(DOCUMENT_LANGUAGES).optional().describe('Only documents in this language'),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 50' })
    .int({ error: 'must be a whole number from 1 to 50' })
    .min(1, { error: 'must be a whole number from 1 to 50' })
    .max(50, { error: 'must be a whole number from 1 to 50' })
    .default(SEARCH_PAGE_SIZE),
  cursor: z.string().max(500).optional().describe('The `nextCursor` of the previous page'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A passage of text; `hit` marks the words that matched the query. Plain text, never markup. */
export const segmentSchema = z.object({ text: z.string(), hit: z.boolean() });
export type Segment = z.infer<typeof segmentSchema>;

export const searchHitSchema = z.object({
  type: z.enum(SEARCH_TYPES).meta({ id: 'SearchType' }),
  id: z.uuid(),
  title: localizedTextSchema,
  kind: z.string().nullable(),
  language: z.string().nullable(),
  year: z.number().int().nullable(),
  countries: z.array(z.string()),
  /** A passage around the words found (for documents, from their text), with the matching words marked. */
  snippet: z.array(segmentSchema),
  /** Where the record is shown in the web app. */
  path: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchPlaceSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  kind: z.string().nullable(),
  countries: z.array(z.string()),
  /** The place it lies in, if known. */
  within: z.string(),
  path: z.string(),
});
export type SearchPlace = z.infer<typeof searchPlaceSchema>;

const facetValueSchema = z.object({ value: z.string(), count: z.number().int() });

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().nullable(),
  /** How many records match, with the filters. */
  total: z.number().int(),
  /** Whether `total` and the facet counts are estimates (a common word matching many thousands of records). */
  estimated: z.boolean(),
  /**
   * Counts by kind of record (with every filter but the kind), and by theme, country and year
   * (with every filter); on the first page only.
   */
  facets: z
    .object({
      type: z.array(facetValueSchema),
      theme: z.array(facetValueSchema.extend({ label: localizedTextSchema })),
      country: z.array(facetValueSchema),
      year: z.array(facetValueSchema),
    })
    .nullable(),
  /** Words that found nothing and the words of the index searched for instead. */
  corrections: z.array(z.object({ term: z.string(), replacements: z.array(z.string()) })),
  /** `all`: every word had to match; `any`: none matched all, so records matching some are shown. */
  matched: z.enum(['all', 'any']),
  /**
   * Places the query names (in any spelling, or spelt nearly so) that are not among the items:
   * towns of the gazetteer are shown here, apart, and only when the query is a place name. On the first page only.
   */
  places: z.array(searchPlaceSchema),
  /** The same idea in other words and languages, searched too and ranked below the words typed (thesaurus, theme names). */
  alsoSearched: z.array(z.string()),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
