import { Navigate, useRoutes } from 'react-router';
import { exchangeRoutes } from './modules/exchanges/exchangeRoutes';
import { networkRoutes } from './modules/networks/networkRoutes';
import { partnershipRoutes } from './modules/partnerships/partnershipRoutes';
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
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
