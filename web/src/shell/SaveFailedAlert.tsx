import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/ApiError';
import { describeError } from './describeError';

/**
 * Why saving failed, in the user's language, for forms that show each field's problem next to
 * the field itself: this says only that something needs attention (or what went wrong otherwise).
 */
export function SaveFailedAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const namesFields = error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0;
  const needsSignIn = error instanceof ApiError && error.status === 401;
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('forms.saveFailed')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{needsSignIn ? t('forms.signInRequired') : namesFields ? t('forms.checkMarkedFields') : describeError(error, t)}</p>
      </div>
    </div>
  );
}
