import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api/ApiError';
import { problemText } from '../lib/api/codeTexts';

/**
 * What to tell the user about a failed request, in the UI language: from the problem's code and
 * params; by its status when the code is unknown. The server's own sentences are never shown.
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
    return problemText(error, t) ?? t('errors.unexpectedResponse', { status: error.status });
  }
  return t('errors.networkFailed');
}
