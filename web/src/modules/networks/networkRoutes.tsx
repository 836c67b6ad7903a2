import type { RouteObject } from 'react-router';
import { NetworkDetailPage } from './NetworkDetailPage';
import { NetworksPage } from './NetworksPage';

export const networkRoutes: RouteObject[] = [
  { path: 'networks', element: <NetworksPage /> },
  { path: 'networks/:id', element: <NetworkDetailPage /> },
];
