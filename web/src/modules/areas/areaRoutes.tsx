import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const AreaMonitorDetailPage = lazyPage(() => import('./AreaMonitorDetailPage'), 'AreaMonitorDetailPage');
const AreaMonitorFormPage = lazyPage(() => import('./AreaMonitorFormPage'), 'AreaMonitorFormPage');
const AreaMonitorsPage = lazyPage(() => import('./AreaMonitorsPage'), 'AreaMonitorsPage');

export const areaRoutes: RouteObject[] = [
  { path: 'areas', element: <AreaMonitorsPage /> },
  { path: 'areas/new', element: <AreaMonitorFormPage /> },
  { path: 'areas/:id', element: <AreaMonitorDetailPage /> },
  { path: 'areas/:id/edit', element: <AreaMonitorFormPage /> },
];
