import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api/ApiError';

/**
 * What to tell the user about a failed request. Problems the UI knows by their code are told in
 * the UI language; otherwise the server's detail (in English) is shown.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    switch (error.problem?.code) {
      case 'not_found':
        return t('errors.recordNotFound');
      case 'unauthorized':
        return t('errors.signInRequired');
      case 'forbidden':
        return t('errors.forbidden');
    }
    return error.problem?.detail ?? t('errors.unexpectedResponse', { status: error.status });
  }
  return t('errors.networkFailed');
}
