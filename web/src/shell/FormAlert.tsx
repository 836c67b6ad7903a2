import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/ApiError';
import { fieldProblemText, fieldProblemsOf } from '../lib/api/codeTexts';
import { describeError } from './describeError';

/** Why saving failed, in the UI language: the problem and what is wrong with each field the server named. */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const needsSignIn = error instanceof ApiError && error.status === 401;
  const messages = [...new Set(fieldProblemsOf(error).map((issue) => fieldProblemText(issue, t)))];
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('forms.saveFailed')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{needsSignIn ? t('forms.signInRequired') : describeError(error, t)}</p>
        {messages.length > 0 && (
          <ul className="kern-list">
            {messages.map((message) => (
              <li key={message} className="kern-body">
                {message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
