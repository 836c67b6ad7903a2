import type { RouteObject } from 'react-router';
import { NetworkDetailPage } from './NetworkDetailPage';
import { NetworkFormPage } from './NetworkFormPage';
import { NetworksPage } from './NetworksPage';

export const networkRoutes: RouteObject[] = [
  { path: 'networks', element: <NetworksPage /> },
  { path: 'networks/new', element: <NetworkFormPage /> },
  { path: 'networks/:id', element: <NetworkDetailPage /> },
  { path: 'networks/:id/edit', element: <NetworkFormPage /> },
];
