import type { RouteObject } from 'react-router';
import { WorkspacePage } from './WorkspacePage';
import { WorkspacesPage } from './WorkspacesPage';

/** For signed-in users. */
export const workspaceRoutes: RouteObject[] = [
  { path: 'workspaces', element: <WorkspacesPage /> },
  { path: 'workspaces/:id', element: <WorkspacePage /> },
];
