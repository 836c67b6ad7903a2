import type { RouteObject } from 'react-router';
import { ProjectDetailPage } from './ProjectDetailPage';
import { ProjectFormPage } from './ProjectFormPage';
import { ProjectsPage } from './ProjectsPage';

export const projectRoutes: RouteObject[] = [
  { path: 'projects', element: <ProjectsPage /> },
  { path: 'projects/new', element: <ProjectFormPage /> },
  { path: 'projects/:id', element: <ProjectDetailPage /> },
  { path: 'projects/:id/edit', element: <ProjectFormPage /> },
];
