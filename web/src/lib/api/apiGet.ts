import { ApiError } from './ApiError';
import { apiUrl } from './apiUrl';
import { problemOf } from './problemOf';
import { retryAfterOf } from './retryAfterOf';
import type { QueryParams } from './types';

/**
 * GETs JSON from the Stadtdialog API. A non-2xx answer throws an {@link ApiError}
 * carrying the server's problem document; a network failure throws the fetch TypeError.
 */
export async function apiGet<T>(path: string, query?: QueryParams, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, query), { headers: { accept: 'application/json' }, signal, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response), retryAfterOf(response));
  return (await response.json()) as T;
}
