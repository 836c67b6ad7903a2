import { useRoutes, type RouteObject } from 'react-router';
import { areaRoutes } from './modules/areas/areaRoutes';
import { fundingRoutes } from './modules/funding/fundingRoutes';
import { planRoutes } from './modules/plans/planRoutes';
import { projectRoutes } from './modules/projects/projectRoutes';
import { accountRoutes } from './modules/accounts/accountRoutes';
import { profileRoutes } from './modules/accounts/profileRoutes';
import { RequireSignIn } from './modules/accounts/RequireSignIn';
import { auditRoutes } from './modules/audit/auditRoutes';
import { documentRoutes } from './modules/documents/documentRoutes';
import { exchangeRoutes } from './modules/exchanges/exchangeRoutes';
import { matchingRoutes } from './modules/matching/matchingRoutes';
import { networkRoutes } from './modules/networks/networkRoutes';
import { openDataRoutes } from './modules/open-data/openDataRoutes';
import { programmeRoutes } from './modules/programmes/programmeRoutes';
import { organizationRoutes } from './modules/organizations/organizationRoutes';
import { partnershipRoutes } from './modules/partnerships/partnershipRoutes';
import { invitationRoutes } from './modules/workspaces/invitationRoutes';
import { workspaceRoutes } from './modules/workspaces/workspaceRoutes';
import { peopleRoutes } from './modules/people/peopleRoutes';
import { placeRoutes } from './modules/places/placeRoutes';
import { searchRoutes } from './modules/search/searchRoutes';
import { themeRoutes } from './modules/themes/themeRoutes';
import { Layout } from './shell/Layout';
import { lazyPage } from './shell/lazyPage';
import { NotFoundPage } from './shell/NotFoundPage';

const StartPage = lazyPage(() => import('./modules/start/StartPage'), 'StartPage');
const DashboardPage = lazyPage(() => import('./modules/dashboard/DashboardPage'), 'DashboardPage');
const ImportPage = lazyPage(() => import('./modules/imports/ImportPage'), 'ImportPage');

/** Every page inside the shell; also what prefetchRoute matches links against. */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      ...partnershipRoutes,
      ...exchangeRoutes,
      ...networkRoutes,
      ...matchingRoutes,
      ...programmeRoutes,
      { path: 'dashboard', element: <DashboardPage /> },
      ...placeRoutes,
      ...organizationRoutes,
      ...peopleRoutes,
      ...themeRoutes,
      ...planRoutes,
      ...projectRoutes,
      ...fundingRoutes,
      ...areaRoutes,
      ...documentRoutes,
      ...searchRoutes,
      ...openDataRoutes,
      { path: 'import', element: <ImportPage /> },
      ...accountRoutes,
      ...invitationRoutes,
      { element: <RequireSignIn />, children: [...profileRoutes, ...workspaceRoutes, ...auditRoutes] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(appRoutes);
}
