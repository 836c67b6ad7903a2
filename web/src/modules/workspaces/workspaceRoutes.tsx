import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const WorkspacePage = lazyPage(() => import('./WorkspacePage'), 'WorkspacePage');
const WorkspacesPage = lazyPage(() => import('./WorkspacesPage'), 'WorkspacesPage');

/** For signed-in users. */
export const workspaceRoutes: RouteObject[] = [
  { path: 'workspaces', element: <WorkspacesPage /> },
  { path: 'workspaces/:id', element: <WorkspacePage /> },
];
