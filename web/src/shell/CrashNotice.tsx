import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

/** What the user sees when a page crashed: an explanation, a retry and a way home. */
export function CrashNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const retry = () => {
    queryClient.removeQueries();
    onRetry();
  };
  return (
    <div className="crash-notice">
      <PageHeading title={t('errors.crashTitle')}>{t('errors.crashTitle')}</PageHeading>
      <div className="kern-alert kern-alert--danger" role="alert">
        <div className="kern-alert__body">
          <p className="kern-body">{t('errors.crashBody')}</p>
          <div className="button-row">
            <button type="button" className="kern-btn kern-btn--primary" onClick={retry}>
              <span className="kern-label">{t('errors.retry')}</span>
            </button>
            <Link to="/" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t('errors.backToStart')}</span>
            </Link>
          </div>
        </div>
      </div>
    </div>
  );
}
