import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/ApiError';
import { describeError } from './describeError';
import { ProblemAlert } from './ProblemAlert';

/**
 * Why saving failed, in the UI language: the problem and what is wrong with each field the server
 * named, by the field's label where `fieldLabels` knows it.
 */
export function FormAlert({ error, fieldLabels, onlyFieldNames }: { error: unknown; fieldLabels?: Readonly<Record<string, string>>; onlyFieldNames?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  const needsSignIn = error instanceof ApiError && error.status === 401;
  return <ProblemAlert title={t('forms.saveFailed')} detail={needsSignIn ? t('forms.signInRequired') : describeError(error, t)} listFieldsOf={error} fieldLabels={fieldLabels} onlyFieldNames={onlyFieldNames} />;
}
