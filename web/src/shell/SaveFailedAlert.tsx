import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/ApiError';
import { describeError } from './describeError';
import { ProblemAlert } from './ProblemAlert';

/**
 * Why saving failed, in the user's language, for forms that show each field's problem next to
 * the field itself: this says only that something needs attention (or what went wrong otherwise).
 */
export function SaveFailedAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const namesFields = error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0;
  const needsSignIn = error instanceof ApiError && error.status === 401;
  return <ProblemAlert title={t('forms.saveFailed')} detail={needsSignIn ? t('forms.signInRequired') : namesFields ? t('forms.checkMarkedFields') : describeError(error, t)} />;
}
