import createClient from 'openapi-fetch';
import { ApiError } from './ApiError';
import type { Problem } from './Problem';
import { retryAfterOf } from './retryAfterOf';
import type { DraftPaths } from './contract';
import { sendWithSession } from './sendWithSession';

/** Query parameters as the API reads them: undefined and empty values are left out. */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  return params.toString();
}

/**
 * The typed API client: paths, parameters, bodies and answers come from the server's OpenAPI
 * document (`schema.d.ts`, `npm run api:types`); a JSON body may be a form's draft. Wrap a call in {@link dataOf} to get its data or
 * an {@link ApiError}.
 */
export const api = createClient<DraftPaths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  fetch: sendWithSession,
  querySerializer: queryString,
});

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function problemFrom(error: unknown, response: Response): Problem | null {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json') || typeof error !== 'object' || error === null) return null;
  return { ...(error as Partial<Problem>), status: response.status };
}

/**
 * The data of a call of {@link api}; a non-2xx answer throws an {@link ApiError} carrying the
 * server's problem document, whose `errors` name the fields to correct. An empty answer (204) is undefined.
 */
export async function dataOf<T>(call: Promise<CallResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, problemFrom(error, response), retryAfterOf(response));
  return data as T;
}

/** The path parameters of a call: `api.DELETE('/api/documents/{id}/files/{fileId}', inPath({ id, fileId }))`. */
export function inPath<P extends Record<string, string>>(path: P): { params: { path: P } } {
  return { params: { path } };
}

/**
 * The options that send a text body as it is (a CSV or GeoJSON file the user chose), for
 * operations that take a text media type: `api.POST(path, { ...asText(csv, 'text/csv'), params })`.
 */
export function asText<B>(text: string, contentType: string): { body: B; bodySerializer: () => string; headers: Record<string, string> } {
  return { body: text as B, bodySerializer: () => text, headers: { 'content-type': contentType } };
}
