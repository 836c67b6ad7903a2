import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AccountMenu } from '../modules/accounts/AccountMenu';
import { HeaderSearch } from '../modules/search/HeaderSearch';
import { WorkspaceSwitcher } from '../modules/workspaces/WorkspaceSwitcher';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';

const MENU_ID = 'site-menu';

/**
 * Name, tools and navigation. On small screens the tools and the navigation fold behind a menu
 * button so that the page itself starts near the top; on wide screens the button is hidden.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  const toggle = useRef<HTMLButtonElement>(null);
  // Following a link closes the menu; the new page takes the whole screen.
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }

  // Escape closes the menu wherever the focus is inside the header, the menu button included.
  const closeOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <header className="site-header">
      <div className="kern-container site-header__bar" onKeyDown={closeOnEscape}>
        <div className="site-header__brand">
          <Link to="/" className="site-header__name" aria-label={t('app.home')}>
            <img src="/favicon.svg" alt="" className="site-header__logo" width="32" height="32" />
            {t('app.name')}
          </Link>
          <p className="site-header__tagline kern-body kern-body--small">{t('app.tagline')}</p>
        </div>
        <button
          ref={toggle}
          type="button"
          className="kern-btn kern-btn--secondary site-header__toggle"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpen((value) => !value)}
        >
          <span className={`kern-icon ${open ? 'kern-icon--close' : 'kern-icon--dehaze'}`} aria-hidden="true" />
          <span className="kern-label">{t('app.menu')}</span>
        </button>
        <div id={MENU_ID} className="site-header__menu" data-open={open}>
          <div className="site-header__tools">
            <HeaderSearch />
            <LanguageSwitcher />
            <WorkspaceSwitcher />
            <AccountMenu />
          </div>
          <MainNav />
        </div>
      </div>
    </header>
  );
}
