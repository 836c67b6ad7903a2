import { queryClient } from '../queryClient';
import { sessionQuery } from '../session/sessionQuery';
import { ApiError } from './ApiError';
import { apiUrl } from './apiUrl';
import { problemOf } from './problemOf';
import { retryAfterOf } from './retryAfterOf';

export type ChangeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The CSRF token of the current session; `fresh` asks the server again (e.g. after it refused the token). */
async function csrfToken(fresh: boolean): Promise<string> {
  const session = fresh ? await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 }) : await queryClient.ensureQueryData(sessionQuery);
  return session.csrfToken;
}

function send(method: ChangeMethod, path: string, body: unknown, token: string, contentType: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': token };
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] = contentType ?? 'application/json';
    payload = typeof body === 'string' && contentType ? body : JSON.stringify(body);
  }
  return fetch(apiUrl(path), { method, headers, credentials: 'same-origin', body: payload });
}

/**
 * Every change the web app makes goes through here: JSON (or, with `contentType`, a text such as
 * CSV) to `/api${path}` with the session cookie and the session's CSRF token. A token the server
 * refuses (e.g. after its cookie expired) is fetched anew and the request sent once more. A
 * non-2xx answer throws an {@link ApiError} with the problem document, whose `errors` name the
 * fields to correct; an empty answer (204) resolves to undefined.
 */
export async function apiSend<T = void>(method: ChangeMethod, path: string, body?: unknown, options: { contentType?: string } = {}): Promise<T> {
  let response = await send(method, path, body, await csrfToken(false), options.contentType);
  if (response.status === 403) {
    const problem = await problemOf(response.clone());
    if (problem?.code === 'csrf_token_invalid') response = await send(method, path, body, await csrfToken(true), options.contentType);
  }
  if (!response.ok) {
    // A session that ended elsewhere shows as signed out in the header too.
    if (response.status === 401) void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    throw new ApiError(response.status, await problemOf(response), retryAfterOf(response));
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
