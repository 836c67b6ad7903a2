import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHealth } from './useHealth';

export function SiteFooter() {
  const { t } = useTranslation();
  const health = useHealth();
  return (
    <footer className="site-footer">
      <div className="kern-container site-footer__content">
        <p className="kern-body kern-body--small">
          {t('app.name')}
          {health.data && ` · ${t('footer.version', { version: health.data.version })}`}
          {health.isError && ` · ${t('footer.versionUnknown')}`}
        </p>
        <p className="kern-body kern-body--small">
          <a className="kern-link kern-link--small" href="/api/docs">
            {t('footer.apiDocs')}
          </a>
          {' · '}
          <Link className="kern-link kern-link--small" to="/open-data">
            {t('openData.title')}
          </Link>
        </p>
        <p className="kern-body kern-body--small">{t('footer.license')}</p>
      </div>
    </footer>
  );
}
