import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const MODULES = [
  { path: '/partnerships', label: 'nav.partnerships' },
  { path: '/exchanges', label: 'nav.exchanges' },
  { path: '/networks', label: 'nav.networks' },
  { path: '/matching', label: 'nav.matching' },
  { path: '/dashboard', label: 'nav.dashboard' },
  { path: '/action-plans', label: 'nav.plans' },
  { path: '/projects', label: 'nav.projects' },
  { path: '/funding', label: 'nav.funding' },
  { path: '/areas', label: 'nav.areas' },
  { path: '/places', label: 'nav.places' },
  { path: '/organizations', label: 'nav.organizations' },
  { path: '/people', label: 'nav.people' },
  { path: '/themes', label: 'nav.themes' },
  { path: '/documents', label: 'nav.documents' },
] as const;

/** Navigation by module; the current module's link carries aria-current="page". */
export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('app.mainNavigation')}>
      <ul className="main-nav__list">
        {MODULES.map((module) => (
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
