import type { FieldIssue, IssueParams } from '../errors.js';
import type { FieldCode } from '../field-codes.js';

/** One issue as fastify-type-provider-zod hands it over: Zod's code as `keyword`, its other members as `params`. */
export interface ZodValidationEntry {
  keyword: string;
  instancePath: string;
  message: string;
  params: {
    keys?: string[];
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    expected?: string;
    input?: unknown;
    values?: unknown[];
    format?: string;
    params?: { code?: FieldCode } & IssueParams;
  };
}

const DATE_FORMATS = new Set(['date', 'datetime', 'time', 'duration']);
const COLLECTIONS = new Set(['array', 'set', 'map']);

const limit = (value: number | bigint | undefined) => Number(value ?? 0);

/** The small set of field codes Zod's own issues become, with the values a message needs. */
function codeOf(entry: ZodValidationEntry): { code: FieldCode; params?: IssueParams } {
  const { params } = entry;
  switch (entry.keyword) {
    case 'invalid_type':
      if (params.input === undefined || params.input === null) return { code: 'required' };
      if (params.expected === 'date') return { code: 'invalid_date' };
      return { code: 'invalid_type', params: { expected: String(params.expected ?? '') } };
    case 'too_small':
      if (params.origin === 'string') return limit(params.minimum) <= 1 ? { code: 'required' } : { code: 'too_short', params: { min: limit(params.minimum) } };
      if (COLLECTIONS.has(params.origin ?? '')) return limit(params.minimum) <= 1 ? { code: 'required' } : { code: 'too_few', params: { min: limit(params.minimum) } };
      return { code: 'too_small', params: { min: limit(params.minimum) } };
    case 'too_big':
      if (params.origin === 'string') return { code: 'too_long', params: { max: limit(params.maximum) } };
      if (COLLECTIONS.has(params.origin ?? '')) return { code: 'too_many', params: { max: limit(params.maximum) } };
      return { code: 'too_big', params: { max: limit(params.maximum) } };
    case 'invalid_value':
      return { code: 'invalid_option', params: { allowed: (params.values ?? []).map(String) } };
    case 'invalid_format':
      if (DATE_FORMATS.has(params.format ?? '')) return { code: 'invalid_date' };
      if (params.format === 'email') return { code: 'email_invalid' };
      if (params.format === 'url') return { code: 'invalid_url' };
      return { code: 'invalid_format', params: { format: params.format ?? 'text' } };
    case 'custom': {
      const { code, ...rest } = params.params ?? {};
      return code ? { code, params: rest } : { code: 'invalid_value' };
    }
    default:
      return { code: 'invalid_value' };
  }
}

/** The field code of one of Zod's own issues (a row of a CSV file, a value checked outside a request). */
export function fieldCodeOfZodIssue(issue: { code: string; message: string } & ZodValidationEntry['params']): { code: FieldCode; params?: IssueParams } {
  return codeOf({ keyword: issue.code, instancePath: '', message: issue.message, params: issue });
}

/** Zod's issues as field issues named by where they are (`body.parties.0.placeId`). */
export function fieldIssuesOfZod(entries: ZodValidationEntry[], prefix: string): FieldIssue[] {
  return entries.flatMap((entry): FieldIssue[] => {
    const path = entry.instancePath.split('/').filter(Boolean);
    if (entry.keyword === 'unrecognized_keys' && entry.params.keys) {
      return entry.params.keys.map((key) => ({ field: [prefix, ...path, key].join('.'), code: 'unknown_field', message: 'is not a known field' }));
    }
    const { code, params } = codeOf(entry);
    return [{ field: [prefix, ...path].join('.'), code, ...(params ? { params } : {}), message: entry.message }];
  });
}
