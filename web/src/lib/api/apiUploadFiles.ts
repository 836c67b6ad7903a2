import { queryClient } from '../queryClient';
import { sessionQuery } from '../session/sessionQuery';
import { ApiError } from './ApiError';
import { apiUrl } from './apiUrl';
import { problemOf } from './problemOf';
import { retryAfterOf } from './retryAfterOf';
import type { QueryParams } from './types';

/**
 * POSTs several files as multipart/form-data (each in the field "files") with the session's CSRF
 * token; the browser sets the multipart boundary itself. Errors as {@link apiSend}.
 */
export async function apiUploadFiles<T>(path: string, files: File[], query?: QueryParams): Promise<T> {
  const send = async (fresh: boolean) => {
    const session = fresh ? await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 }) : await queryClient.ensureQueryData(sessionQuery);
    const body = new FormData();
    for (const file of files) body.append('files', file, file.name);
    return fetch(apiUrl(path, query), { method: 'POST', headers: { accept: 'application/json', 'x-csrf-token': session.csrfToken }, credentials: 'same-origin', body });
  };
  let response = await send(false);
  if (response.status === 403 && (await problemOf(response.clone()))?.code === 'csrf_token_invalid') response = await send(true);
  if (!response.ok) throw new ApiError(response.status, await problemOf(response), retryAfterOf(response));
  return (await response.json()) as T;
}
