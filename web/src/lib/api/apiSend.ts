import { ApiError } from './ApiError';
import type { Problem } from './Problem';

export type MutationMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function problemOf(response: Response): Promise<Problem | null> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  try {
    return { ...((await response.json()) as Partial<Problem>), status: response.status };
  } catch {
    return null;
  }
}

/**
 * Every change the web app makes goes through here: JSON (or a CSV text) to the Stadtdialog API
 * with the session's cookies. A non-2xx answer throws an {@link ApiError} carrying the server's
 * problem document, whose `errors` name the fields to correct.
 */
export async function apiSend<T>(method: MutationMethod, path: string, body?: unknown, options: { contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    payload = typeof body === 'string' && options.contentType ? body : JSON.stringify(body);
  }
  const response = await fetch(`/api${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
