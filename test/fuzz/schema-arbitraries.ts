import fc from 'fast-check';
import { typesOf, type JsonSchema } from './json-schema.js';

export type Mode = 'valid' | 'boundary';

/** Valid ids for fields that refer to records, by field name (e.g. `workspaceId`). */
export type IdsByField = (field: string) => string[];

const LONGEST_GENERATED = 200;
const MAX_DEPTH = 6;

const isoDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });

function stringArbitrary(schema: JsonSchema, mode: Mode, field: string, ids: IdsByField): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Math.max(minLength, LONGEST_GENERATED);
  if (mode === 'boundary' && schema.format === undefined && schema.pattern === undefined) {
    const longest = Math.min(maxLength, 20_000);
    return fc.constantFrom(minLength, longest).chain((length) => fc.string({ minLength: length, maxLength: length, unit: 'grapheme-ascii' }));
  }
  switch (schema.format) {
    case 'uuid': {
      const known = ids(field);
      return known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, fc.uuid({ version: 4 })) : fc.uuid({ version: 4 });
    }
    case 'date':
      return isoDate.map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return isoDate.map((date) => date.toISOString());
    case 'email':
      return fc.emailAddress().filter((email) => email.length <= maxLength);
    case 'uri':
      return fc.webUrl().filter((url) => url.length <= maxLength);
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length >= minLength && value.length <= maxLength);
    } catch {
      // Patterns fast-check cannot generate from fall back to plain strings.
    }
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, LONGEST_GENERATED), unit: 'grapheme' });
}

function numberArbitrary(schema: JsonSchema, mode: Mode, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -1e6);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : 1e6);
  if (mode === 'boundary') return fc.constantFrom(min, max, integer ? Math.round((min + max) / 2) : (min + max) / 2);
  return integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -1e9)), max: Math.floor(Math.min(max, 1e9)) })
    : fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true, noDefaultInfinity: true });
}

function keyedByLanguage(schema: JsonSchema): boolean {
  const pattern = schema.propertyNames?.pattern;
  return pattern !== undefined && new RegExp(pattern).test('de') && !new RegExp(pattern).test('not a language');
}

function objectArbitrary(schema: JsonSchema, mode: Mode, ids: IdsByField, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const keys = Object.keys(properties);
  if (keys.length === 0) {
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && depth < MAX_DEPTH) {
      const values = schema.additionalProperties;
      if (keyedByLanguage(schema)) {
        // Texts in several languages: most need a text in at least one, which the schema cannot say.
        const text = arbitraryFor({ ...values, minLength: Math.max(values.minLength ?? 0, 1) }, mode, ids, '', depth + 1);
        return fc.dictionary(fc.constantFrom('de', 'en', 'uk'), text, { minKeys: 1, maxKeys: 3 });
      }
      const keyArbitrary = schema.propertyNames ? arbitraryFor(schema.propertyNames, 'valid', ids, '', depth + 1) : fc.string({ minLength: 1, maxLength: 12 });
      return fc.dictionary(keyArbitrary as fc.Arbitrary<string>, arbitraryFor(values, mode, ids, '', depth + 1), { maxKeys: 3 });
    }
    return fc.constant({});
  }
  const shape = Object.fromEntries(keys.map((key) => [key, arbitraryFor(properties[key]!, mode, ids, key, depth + 1)]));
  // In boundary mode only the required fields are sent, or every field is.
  if (mode === 'boundary') {
    return fc.boolean().chain((all) => fc.record(shape, { requiredKeys: all ? keys : keys.filter((key) => required.has(key)) }));
  }
  return fc.record(shape, { requiredKeys: keys.filter((key) => required.has(key)) });
}

/** Values the schema accepts: ordinary ones, or (boundary) at the edges of its limits. */
export function arbitraryFor(schema: JsonSchema, mode: Mode, ids: IdsByField, field = '', depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => arbitraryFor(alternative, mode, ids, field, depth)));
  if (schema.allOf?.length) return arbitraryFor(Object.assign({}, ...schema.allOf), mode, ids, field, depth);
  const types = typesOf(schema);
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFor({ ...schema, type }, mode, ids, field, depth)));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(schema, mode, field, ids);
    case 'integer':
      return numberArbitrary(schema, mode, true);
    case 'number':
      return numberArbitrary(schema, mode, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 4, depth >= MAX_DEPTH ? minLength : 4);
      if (mode === 'boundary') {
        const length = fc.constantFrom(minLength, Math.min(schema.maxItems ?? 20, 50));
        return length.chain((size) => fc.array(arbitraryFor(schema.items ?? {}, 'valid', ids, field, depth + 1), { minLength: size, maxLength: size }));
      }
      return fc.array(arbitraryFor(schema.items ?? {}, mode, ids, field, depth + 1), { minLength, maxLength: Math.max(minLength, maxLength) });
    }
    case 'object':
      return objectArbitrary(schema, mode, ids, depth);
    default:
      if (schema.properties) return objectArbitrary(schema, mode, ids, depth);
      return fc.jsonValue({ maxDepth: 2 });
  }
}
