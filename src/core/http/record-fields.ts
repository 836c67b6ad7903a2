import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from './common-schemas.js';

/** A title or name in at least one language. */
export const requiredTextSchema = localizedTextSchema.refine((value) => Object.values(value).some((text) => text.trim().length > 0), {
  error: 'needs a text in at least one language',
  params: { code: 'required' },
});

/** An amount of money: not negative, at most two decimal places. */
export const moneySchema = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must not be negative' })
  .max(999_999_999_999, { error: 'is too large' })
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { error: 'must have at most two decimal places' });

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as EUR or UAH' });

export const optionalDateSchema = isoDateSchema.nullable();

/** Today's calendar date (UTC), YYYY-MM-DD. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** The first non-empty text of a multilingual value, for audit labels and file names. */
export const firstText = (value: Record<string, string> | null | undefined) =>
  (value && (value.de || value.en || value.uk || Object.values(value).find((text) => text.trim() !== ''))) || null;
