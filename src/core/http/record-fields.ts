import { z } from 'zod';
import type { FieldCode } from '../field-codes.js';
import { VISIBILITIES } from '../records/visibilities.js';
import { isoDateSchema, localizedTextSchema } from './common-schemas.js';

/**
 * Text in several languages of which at least one is not blank, else refused as `required` with
 * `error` (`needs a title in at least one language`), so the reader is asked to fill the field in.
 */
export const textInSomeLanguageSchema = (error: string) =>
  localizedTextSchema.refine((value) => Object.values(value).some((text) => text.trim().length > 0), { error, params: { code: 'required' satisfies FieldCode } });

/** A title or name in at least one language. */
export const requiredTextSchema = textInSomeLanguageSchema('needs a text in at least one language');

/**
 * A whole number from `min` to `max`, any failure answered with `error` (`must be a whole number from 1 to 5`
 * unless told); `coerce` reads it from a query string.
 */
export function wholeNumberSchema(min: number, max: number, options: { error?: string; coerce?: boolean } = {}) {
  const error = options.error ?? `must be a whole number from ${min} to ${max}`;
  return (options.coerce ? z.coerce.number({ error }) : z.number({ error })).int({ error }).min(min, { error }).max(max, { error });
}

/** The fields of a new record's body that place it: its workspace, and who may see it (its workspace's members unless it says otherwise). */
export const newRecordScopeShape = {
  workspaceId: z.uuid(),
  visibility: z.enum(VISIBILITIES).default('workspace'),
};

/** The fields of a change to a titled record (a project, a plan, a monitor): who may see it and its title. */
export const titledRecordShape = {
  visibility: z.enum(VISIBILITIES),
  title: requiredTextSchema,
};

/** The same fields of a new titled record's body, placed in its workspace (`newRecordScopeShape`). */
export const newTitledRecordShape = {
  ...newRecordScopeShape,
  title: requiredTextSchema,
};

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

/** The label an audit event keeps of a multilingual title: the German text, else the English, else the first. */
export const labelText = (value: Record<string, string>) => value.de ?? value.en ?? Object.values(value)[0] ?? null;

/** The first non-empty text of a multilingual value, for audit labels and file names. */
export const firstText = (value: Record<string, string> | null | undefined) =>
  (value && (value.de || value.en || value.uk || Object.values(value).find((text) => text.trim() !== ''))) || null;

/** The body of a change to a record: any of its fields, at least one of them. */
export const changeSchemaOf = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .strictObject(shape)
    .partial()
    .refine((value) => Object.keys(value).length > 0, { error: 'name at least one field to change' });
