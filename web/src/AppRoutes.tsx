import { Navigate, useRoutes } from 'react-router';
import { accountRoutes } from './modules/accounts/accountRoutes';
import { profileRoutes } from './modules/accounts/profileRoutes';
import { RequireSignIn } from './modules/accounts/RequireSignIn';
import { auditRoutes } from './modules/audit/auditRoutes';
import { exchangeRoutes } from './modules/exchanges/exchangeRoutes';
import { networkRoutes } from './modules/networks/networkRoutes';
import { partnershipRoutes } from './modules/partnerships/partnershipRoutes';
import { invitationRoutes } from './modules/workspaces/invitationRoutes';
import { workspaceRoutes } from './modules/workspaces/workspaceRoutes';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';

/** Every page inside the shell; the start page is the partnerships list. */
export function AppRoutes() {
  return useRoutes([
    {
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/partnerships" replace /> },
        ...partnershipRoutes,
        ...exchangeRoutes,
        ...networkRoutes,
        ...accountRoutes,
        ...invitationRoutes,
        { element: <RequireSignIn />, children: [...profileRoutes, ...workspaceRoutes, ...auditRoutes] },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
