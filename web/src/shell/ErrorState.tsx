import { useTranslation } from 'react-i18next';
import { describeError } from './describeError';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A failed API call as a KERN danger alert, in the UI language: the problem and what is wrong with each field it names. */
export function ErrorState({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <ProblemAlert title={t('errors.loadFailedTitle')} detail={describeError(error, t)} listFieldsOf={error} className="error-state">
      {onRetry && (
        <div>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
            <span className="kern-label">{t('errors.retry')}</span>
          </button>
        </div>
      )}
    </ProblemAlert>
  );
}
