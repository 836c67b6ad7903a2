import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/ApiError';
import { describeError } from './describeError';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A failed API call as a KERN danger alert showing the problem `detail` and any field it does not already name. */
export function ErrorState({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const detail = describeError(error, t);
  const issues = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const fieldErrors = issues.filter((issue) => !detail.includes(`${issue.field}: ${issue.message}`));
  return (
    <div className="kern-alert kern-alert--danger error-state" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('errors.loadFailedTitle')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{detail}</p>
        {fieldErrors.length > 0 && (
          <ul className="kern-list">
            {fieldErrors.map((issue) => (
              <li key={issue.field} className="kern-body">
                <code>{issue.field}</code>: {issue.message}
              </li>
            ))}
          </ul>
        )}
        {onRetry && (
          <div>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
              <span className="kern-label">{t('errors.retry')}</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
