import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountMenu } from '../modules/accounts/AccountMenu';
import { HeaderSearch } from '../modules/search/HeaderSearch';
import { WorkspaceSwitcher } from '../modules/workspaces/WorkspaceSwitcher';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="kern-container site-header__bar">
        <div className="site-header__brand">
          <Link to="/" className="site-header__name" aria-label={t('app.home')}>
            <img src="/favicon.svg" alt="" className="site-header__logo" width="32" height="32" />
            {t('app.name')}
          </Link>
          <p className="site-header__tagline kern-body kern-body--small">{t('app.tagline')}</p>
        </div>
        <div className="site-header__tools">
          <HeaderSearch />
          <LanguageSwitcher />
          <WorkspaceSwitcher />
          <AccountMenu />
        </div>
      </div>
      <div className="kern-container">
        <MainNav />
      </div>
    </header>
  );
}
