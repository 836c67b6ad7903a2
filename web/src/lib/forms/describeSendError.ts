import type { TFunction } from 'i18next';
import { ApiError } from '../api/ApiError';
import { problemText } from '../api/codeTexts';

/**
 * What to tell the user about a change the server refused, in the UI language, from the
 * problem's code and params; `byStatus` gives a form's own wording (e.g. 401 on sign-in: wrong password).
 */
export function describeSendError(error: unknown, t: TFunction, byStatus: Partial<Record<number, string>> = {}): string {
  if (!(error instanceof ApiError)) return t('errors.networkFailed');
  const own = byStatus[error.status];
  if (own) return own;
  if (error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('errors.tooManyAttempts', { count: minutes });
  }
  if (error.problem?.code === 'csrf_token_invalid') return t('errors.csrfRefused');
  if (error.status === 401) return t('errors.signInRequired');
  if (error.status === 503) return t('errors.unavailable');
  if (error.status === 400 || error.status === 422) return problemText(error, t) ?? t('errors.refused');
  return problemText(error, t) ?? t('errors.unexpectedResponse', { status: error.status });
}
