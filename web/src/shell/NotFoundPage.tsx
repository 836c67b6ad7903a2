import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeading title={t('errors.notFoundTitle')}>{t('errors.notFoundTitle')}</PageHeading>
      <p className="kern-body kern-body--large">{t('errors.notFoundBody', { path: pathname })}</p>
      <p className="kern-body">{t('errors.notFoundHint')}</p>
      <ul className="kern-list">
        <li>
          <Link className="kern-link" to="/partnerships">
            {t('nav.partnerships')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/exchanges">
            {t('nav.exchanges')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/networks">
            {t('nav.networks')}
          </Link>
        </li>
      </ul>
    </>
  );
}
