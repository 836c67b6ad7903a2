import fc from 'fast-check';
import { multipartBody } from '../support/multipart.js';
import { hostileBody, hostileUrlValue, hostileValue } from './hostile-values.js';
import type { Operation } from './openapi-operations.js';
import { arbitraryFor, type IdsByField, type Mode } from './schema-arbitraries.js';

export type CaseKind = Mode | 'hostile';

export interface FuzzCase {
  kind: CaseKind;
  url: string;
  payload?: string | Buffer;
  contentType?: string;
  /** What was hostile about it, for the failure report. */
  note: string;
}

/** A valid id for a path parameter, e.g. the partnership of `/api/partnerships/{id}`; undefined if none is known. */
export type PathIdOf = (path: string, parameter: string) => string | undefined;

interface Parts {
  pathValues: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
}

/** encodeURIComponent, except that lone surrogates are sent as the bytes a sloppy client would send. */
function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((char) => (/[\uD800-\uDFFF]/.test(char) ? '%ED%A0%80' : encodeURIComponent(char))).join('');
  }
}

function urlOf(operation: Operation, pathValues: Record<string, string>, query: Record<string, string>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name] ?? 'missing');
  const search = Object.entries(query).map(([name, value]) => `${name}=${value}`).join('&');
  return search ? `${path}?${search}` : path;
}

function partsArbitrary(operation: Operation, mode: Mode, ids: IdsByField, pathIdOf: PathIdOf): fc.Arbitrary<Parts> {
  const pathValues: Record<string, fc.Arbitrary<string>> = {};
  const query: Record<string, fc.Arbitrary<string>> = {};
  const requiredQuery: string[] = [];
  for (const parameter of operation.parameters) {
    // A cursor is opaque: only one a list returned is valid, so valid requests start at the first page.
    if (parameter.name === 'cursor') continue;
    const known = parameter.in === 'path' ? pathIdOf(operation.path, parameter.name) : undefined;
    const value = known !== undefined ? fc.constant(known) : arbitraryFor(parameter.schema, mode, ids, parameter.name);
    const encoded = value.map((raw) => encodeLoosely(String(raw)));
    if (parameter.in === 'path') pathValues[parameter.name] = encoded;
    else if (parameter.in === 'query') {
      query[parameter.name] = encoded;
      if (parameter.required) requiredQuery.push(parameter.name);
    }
  }
  return fc.record({
    pathValues: fc.record(pathValues),
    query: fc.record(query, { requiredKeys: mode === 'boundary' ? Object.keys(query) : requiredQuery }),
    body: operation.body?.mediaType === 'application/json' ? arbitraryFor(operation.body.schema, mode, ids) : fc.constant(undefined),
  });
}

const csvText = fc
  .array(fc.array(fc.string({ maxLength: 12, unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .map((rows) => rows.map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n'));

const uploadFile = fc.record({
  fileName: fc.constantFrom('notes.txt', 'bericht.md', 'scan.pdf', '../../evil.txt', 'ö.txt', ''),
  contentType: fc.constantFrom('text/plain', 'text/markdown', 'application/pdf', 'image/png', 'application/octet-stream'),
  data: fc.oneof(fc.string({ minLength: 1, maxLength: 400 }), fc.constant('%PDF-1.4 not really a pdf'), fc.constant('')),
});

/** The body as sent: JSON or CSV text, per the media type the operation documents (files are built apart). */
function bodyOf(operation: Operation, parts: Parts, csv: string): Pick<FuzzCase, 'payload' | 'contentType'> {
  const mediaType = operation.body?.mediaType;
  switch (mediaType) {
    case undefined:
      return {};
    case 'application/json':
      return { payload: JSON.stringify(parts.body), contentType: 'application/json' };
    case 'multipart/form-data':
      return {};
    default:
      return { payload: csv, contentType: mediaType };
  }
}

interface HostileChange {
  target: 'path' | 'query' | 'field' | 'unknown-field' | 'body';
  pick: number;
  value: unknown;
  urlValue: string;
  body: { payload: string; contentType: string };
}

function fieldPaths(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [[...prefix, key], ...fieldPaths(inner, [...prefix, key], depth + 1)]);
}

function replaced(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  copy[head] = replaced(copy[head], rest, replacement);
  return copy;
}

function applyHostile(operation: Operation, parts: Parts, change: HostileChange): { parts: Parts; note: string; rawBody?: HostileChange['body'] } {
  const pathNames = Object.keys(parts.pathValues);
  const queryNames = operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
  const describe = (value: unknown) => JSON.stringify(value)?.slice(0, 60) ?? String(value);
  switch (change.target) {
    case 'path':
      if (pathNames.length > 0) {
        const name = pathNames[change.pick % pathNames.length]!;
        return { parts: { ...parts, pathValues: { ...parts.pathValues, [name]: change.urlValue } }, note: `path ${name}=${change.urlValue.slice(0, 60)}` };
      }
      break;
    case 'query': {
      const name = queryNames.length > 0 ? queryNames[change.pick % queryNames.length]! : 'unexpected';
      return { parts: { ...parts, query: { ...parts.query, [name]: change.urlValue } }, note: `query ${name}=${change.urlValue.slice(0, 60)}` };
    }
    case 'field': {
      const paths = fieldPaths(parts.body);
      if (operation.body?.mediaType === 'application/json' && paths.length > 0) {
        const path = paths[change.pick % paths.length]!;
        return { parts: { ...parts, body: replaced(parts.body, path, change.value) }, note: `body.${path.join('.')}=${describe(change.value)}` };
      }
      break;
    }
    case 'unknown-field':
      if (operation.body?.mediaType === 'application/json' && parts.body && typeof parts.body === 'object' && !Array.isArray(parts.body)) {
        return { parts: { ...parts, body: { ...parts.body, unexpectedField: change.value } }, note: `body.unexpectedField=${describe(change.value)}` };
      }
      break;
    case 'body':
      if (operation.method !== 'GET') return { parts, note: `body ${change.body.contentType} ${change.body.payload.slice(0, 60)}`, rawBody: change.body };
      break;
  }
  // The operation has nothing of that kind: put the value in an unknown query parameter instead.
  return { parts: { ...parts, query: { ...parts.query, unexpected: change.urlValue } }, note: `query unexpected=${change.urlValue.slice(0, 60)}` };
}

const hostileChange: fc.Arbitrary<HostileChange> = fc.record({
  target: fc.constantFrom('path', 'query', 'field', 'field', 'unknown-field', 'body'),
  pick: fc.nat(),
  value: hostileValue,
  urlValue: hostileUrlValue,
  body: hostileBody,
});

/** Valid, boundary and hostile requests for an operation, in the proportions 3 : 2 : 5. */
export function casesFor(operation: Operation, ids: IdsByField, pathIdOf: PathIdOf): fc.Arbitrary<FuzzCase> {
  const extras = fc.record({ csv: csvText, file: uploadFile });
  const build = (kind: CaseKind, parts: Parts, extra: { csv: string; file: { fileName: string; contentType: string; data: string } }, note: string, rawBody?: HostileChange['body']): FuzzCase => {
    const url = urlOf(operation, parts.pathValues, parts.query);
    if (rawBody) return { kind, url, ...rawBody, note };
    if (operation.body?.mediaType === 'multipart/form-data') {
      const { payload, contentType } = multipartBody(extra.file);
      return { kind, url, payload, contentType, note: note || `file ${extra.file.fileName} (${extra.file.contentType}, ${extra.file.data.length} bytes)` };
    }
    return { kind, url, ...bodyOf(operation, parts, extra.csv), note };
  };
  const plain = (mode: Mode) => fc.tuple(partsArbitrary(operation, mode, ids, pathIdOf), extras).map(([parts, extra]) => build(mode, parts, extra, ''));
  const hostile = fc.tuple(partsArbitrary(operation, 'valid', ids, pathIdOf), extras, hostileChange).map(([parts, extra, change]) => {
    const applied = applyHostile(operation, parts, change);
    return build('hostile', applied.parts, extra, applied.note, applied.rawBody);
  });
  return fc.oneof({ arbitrary: plain('valid'), weight: 3 }, { arbitrary: plain('boundary'), weight: 2 }, { arbitrary: hostile, weight: 5 });
}
