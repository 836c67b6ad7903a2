import { ApiError } from './ApiError';
import type { Problem } from './Problem';
import type { QueryParams } from './types';

function urlOf(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `/api${path}?${search}` : `/api${path}`;
}

async function problemOf(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...body, status: response.status };
  } catch {
    return null;
  }
}

/**
 * GETs JSON from the Stadtdialog API. A non-2xx answer throws an {@link ApiError}
 * carrying the server's problem document; a network failure throws the fetch TypeError.
 */
export async function apiGet<T>(path: string, query?: QueryParams, signal?: AbortSignal): Promise<T> {
  const response = await fetch(urlOf(path, query), { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return (await response.json()) as T;
}
