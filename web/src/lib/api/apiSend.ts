import { ApiError } from './ApiError';
import { apiUrl } from './apiUrl';
import { problemOf } from './problemOf';
import { retryAfterOf } from './retryAfterOf';
import { sendWithSession } from './sendWithSession';

export type ChangeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A change the typed client ({@link ../client}) cannot describe, such as a CSV text body: JSON
 * (or, with `contentType`, a text) to `/api${path}` with the session cookie and CSRF token (see
 * {@link sendWithSession}). A non-2xx answer throws an {@link ApiError} with the problem document,
 * whose `errors` name the fields to correct; an empty answer (204) resolves to undefined.
 */
export async function apiSend<T = void>(method: ChangeMethod, path: string, body?: unknown, options: { contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    payload = typeof body === 'string' && options.contentType ? body : JSON.stringify(body);
  }
  const response = await sendWithSession(new Request(apiUrl(path), { method, headers, credentials: 'same-origin', body: payload }));
  if (!response.ok) throw new ApiError(response.status, await problemOf(response), retryAfterOf(response));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
