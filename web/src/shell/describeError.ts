import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api/ApiError';

/** What to tell the user about a failed request: the server's problem detail when there is one. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    return error.problem?.detail ?? t('errors.unexpectedResponse', { status: error.status });
  }
  return t('errors.networkFailed');
}
