import type { RouteObject } from 'react-router';
import { PartnershipDetailPage } from './PartnershipDetailPage';
import { PartnershipFormPage } from './PartnershipFormPage';
import { PartnershipMapPage } from './PartnershipMapPage';
import { PartnershipsPage } from './PartnershipsPage';

export const partnershipRoutes: RouteObject[] = [
  { path: 'partnerships', element: <PartnershipsPage /> },
  { path: 'partnerships/new', element: <PartnershipFormPage /> },
  { path: 'partnerships/map', element: <PartnershipMapPage /> },
  { path: 'partnerships/:id', element: <PartnershipDetailPage /> },
  { path: 'partnerships/:id/edit', element: <PartnershipFormPage /> },
];
