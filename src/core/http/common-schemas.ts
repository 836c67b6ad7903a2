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
