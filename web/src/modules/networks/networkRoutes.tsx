import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const NetworkDetailPage = lazyPage(() => import('./NetworkDetailPage'), 'NetworkDetailPage');
const NetworkFormPage = lazyPage(() => import('./NetworkFormPage'), 'NetworkFormPage');
const NetworksPage = lazyPage(() => import('./NetworksPage'), 'NetworksPage');

export const networkRoutes: RouteObject[] = [
  { path: 'networks', element: <NetworksPage /> },
  { path: 'networks/new', element: <NetworkFormPage /> },
  { path: 'networks/:id', element: <NetworkDetailPage /> },
  { path: 'networks/:id/edit', element: <NetworkFormPage /> },
];
