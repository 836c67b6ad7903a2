import type { RouteObject } from 'react-router';
import { AreaMonitorDetailPage } from './AreaMonitorDetailPage';
import { AreaMonitorFormPage } from './AreaMonitorFormPage';
import { AreaMonitorsPage } from './AreaMonitorsPage';

export const areaRoutes: RouteObject[] = [
  { path: 'areas', element: <AreaMonitorsPage /> },
  { path: 'areas/new', element: <AreaMonitorFormPage /> },
  { path: 'areas/:id', element: <AreaMonitorDetailPage /> },
  { path: 'areas/:id/edit', element: <AreaMonitorFormPage /> },
];
