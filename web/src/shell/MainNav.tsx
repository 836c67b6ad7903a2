import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { MAIN_NAV_MODULES } from './mainNavModules';

/** Navigation by module; the current module's link carries aria-current="page". */
export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('app.mainNavigation')}>
      <ul className="main-nav__list">
        {MAIN_NAV_MODULES.map((module) => (
          <li key={module.path}>
            <NavLink to={module.path} className="main-nav__link">
              {t(module.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
