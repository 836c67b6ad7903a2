import { z } from 'zod';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Text in several languages: `{ "de": "…", "en": "…", "uk": "…" }`. */
export const localizedTextSchema = z
  .record(z.string().regex(LANGUAGE_TAG, 'must be a language tag such as de, en or uk'), z.string())
  .describe('Text by language tag');

export const uuidSchema = z.uuid();
export const idParamsSchema = z.strictObject({ id: z.uuid() });

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** A country as its ISO 3166-1 alpha-2 code, in either case (stored in capitals). */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE, UA or XK')
  .transform((code) => code.toUpperCase());

/** A yes/no switch in a query string (`?dryRun=true`), false when left out. */
export const queryFlagSchema = z.enum(['true', 'false']).default('false').transform((value) => value === 'true');

/** The query of a CSV upload: `dryRun` checks every row and writes nothing, `skipInvalid` writes the valid rows. */
export const csvUploadQuerySchema = z.strictObject({ dryRun: queryFlagSchema, skipInvalid: queryFlagSchema });

/** A CSV file sent as the request body (text/csv). */
export const csvBodySchema = z.string().min(1, 'must be a CSV file with a header line').max(5_000_000);
