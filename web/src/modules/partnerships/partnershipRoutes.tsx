import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const PartnershipDetailPage = lazyPage(() => import('./PartnershipDetailPage'), 'PartnershipDetailPage');
const PartnershipFormPage = lazyPage(() => import('./PartnershipFormPage'), 'PartnershipFormPage');
const PartnershipMapPage = lazyPage(() => import('./PartnershipMapPage'), 'PartnershipMapPage');
const PartnershipsPage = lazyPage(() => import('./PartnershipsPage'), 'PartnershipsPage');

export const partnershipRoutes: RouteObject[] = [
  { path: 'partnerships', element: <PartnershipsPage /> },
  { path: 'partnerships/new', element: <PartnershipFormPage /> },
  { path: 'partnerships/map', element: <PartnershipMapPage /> },
  { path: 'partnerships/:id', element: <PartnershipDetailPage /> },
  { path: 'partnerships/:id/edit', element: <PartnershipFormPage /> },
];
