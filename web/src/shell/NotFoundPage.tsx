import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LinkList } from './LinkList';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeading title={t('errors.notFoundTitle')}>{t('errors.notFoundTitle')}</PageHeading>
      <p className="kern-body kern-body--large">{t('errors.notFoundBody', { path: pathname })}</p>
      <p className="kern-body">{t('errors.notFoundHint')}</p>
      <LinkList
        links={[
          { to: '/partnerships', label: t('nav.partnerships') },
          { to: '/exchanges', label: t('nav.exchanges') },
          { to: '/networks', label: t('nav.networks') },
        ]}
      />
    </>
  );
}
