import { useTranslation } from 'react-i18next';
import { fieldProblemText, fieldProblemsOf } from '../lib/api/codeTexts';
import { describeError } from './describeError';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A failed API call as a KERN danger alert, in the UI language: the problem and what is wrong with each field it names. */
export function ErrorState({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const detail = describeError(error, t);
  const messages = [...new Set(fieldProblemsOf(error).map((issue) => fieldProblemText(issue, t)))];
  return (
    <div className="kern-alert kern-alert--danger error-state" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('errors.loadFailedTitle')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{detail}</p>
        {messages.length > 0 && (
          <ul className="kern-list">
            {messages.map((message) => (
              <li key={message} className="kern-body">
                {message}
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
