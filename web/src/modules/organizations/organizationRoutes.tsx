import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const OrganizationDetailPage = lazyPage(() => import('./OrganizationDetailPage'), 'OrganizationDetailPage');
const OrganizationFormPage = lazyPage(() => import('./OrganizationFormPage'), 'OrganizationFormPage');
const OrganizationsPage = lazyPage(() => import('./OrganizationsPage'), 'OrganizationsPage');

export const organizationRoutes: RouteObject[] = [
  { path: 'organizations', element: <OrganizationsPage /> },
  { path: 'organizations/new', element: <OrganizationFormPage /> },
  { path: 'organizations/:id', element: <OrganizationDetailPage /> },
  { path: 'organizations/:id/edit', element: <OrganizationFormPage /> },
];
