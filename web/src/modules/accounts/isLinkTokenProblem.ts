import { ApiError } from '../../lib/api/ApiError';

/** Whether the server refused the token of an e-mailed link (unknown, expired, used, malformed). */
export function isLinkTokenProblem(error: unknown): boolean {
  return error instanceof ApiError && (error.problem?.errors ?? []).some((issue) => issue.field === 'body.token');
}
