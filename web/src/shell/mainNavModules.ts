/** The modules in the main navigation, in its order. */
export const MAIN_NAV_MODULES = [
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
