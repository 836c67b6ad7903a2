import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/ApiError';
import { describeError } from './describeError';

/** Why saving failed: the problem detail and every field the server named. */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const needsSignIn = error instanceof ApiError && error.status === 401;
  const issues = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('forms.saveFailed')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{needsSignIn ? t('forms.signInRequired') : describeError(error, t)}</p>
        {issues.length > 0 && (
          <ul className="kern-list">
            {issues.map((issue) => (
              <li key={issue.field} className="kern-body">
                <code>{issue.field}</code>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
