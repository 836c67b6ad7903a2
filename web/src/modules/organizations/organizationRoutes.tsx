import type { RouteObject } from 'react-router';
import { OrganizationDetailPage } from './OrganizationDetailPage';
import { OrganizationFormPage } from './OrganizationFormPage';
import { OrganizationsPage } from './OrganizationsPage';

export const organizationRoutes: RouteObject[] = [
  { path: 'organizations', element: <OrganizationsPage /> },
  { path: 'organizations/new', element: <OrganizationFormPage /> },
  { path: 'organizations/:id', element: <OrganizationDetailPage /> },
  { path: 'organizations/:id/edit', element: <OrganizationFormPage /> },
];
