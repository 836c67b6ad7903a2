import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const ProjectDetailPage = lazyPage(() => import('./ProjectDetailPage'), 'ProjectDetailPage');
const ProjectFormPage = lazyPage(() => import('./ProjectFormPage'), 'ProjectFormPage');
const ProjectsPage = lazyPage(() => import('./ProjectsPage'), 'ProjectsPage');

export const projectRoutes: RouteObject[] = [
  { path: 'projects', element: <ProjectsPage /> },
  { path: 'projects/new', element: <ProjectFormPage /> },
  { path: 'projects/:id', element: <ProjectDetailPage /> },
  { path: 'projects/:id/edit', element: <ProjectFormPage /> },
];
