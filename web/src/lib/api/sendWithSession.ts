import { queryClient } from '../queryClient';
import { sessionQuery } from '../session/sessionQuery';
import { problemOf } from './problemOf';

const READS = new Set(['GET', 'HEAD']);

/** The CSRF token of the current session; `fresh` asks the server again (e.g. after it refused the token). */
async function csrfToken(fresh: boolean): Promise<string> {
  const session = fresh ? await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 }) : await queryClient.ensureQueryData(sessionQuery);
  return session.csrfToken;
}

/**
 * Sends a request with the session cookie; a change carries the session's CSRF token, and is sent
 * once more with a fresh token when the server refused the one it had (e.g. after its cookie expired).
 */
export async function sendWithSession(request: Request): Promise<Response> {
  if (READS.has(request.method)) return fetch(request);
  const again = request.clone();
  request.headers.set('x-csrf-token', await csrfToken(false));
  let response = await fetch(request);
  if (response.status === 403 && (await problemOf(response.clone()))?.code === 'csrf_token_invalid') {
    again.headers.set('x-csrf-token', await csrfToken(true));
    response = await fetch(again);
  }
  // A session that ended elsewhere shows as signed out in the header too.
  if (response.status === 401) void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
  return response;
}
