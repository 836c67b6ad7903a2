import type { RouteObject } from 'react-router';
import { PartnershipDetailPage } from './PartnershipDetailPage';
import { PartnershipsPage } from './PartnershipsPage';

export const partnershipRoutes: RouteObject[] = [
  { path: 'partnerships', element: <PartnershipsPage /> },
  { path: 'partnerships/:id', element: <PartnershipDetailPage /> },
];
