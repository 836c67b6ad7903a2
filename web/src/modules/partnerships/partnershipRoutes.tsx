import type { RouteObject } from 'react-router';
import { enumParam } from '../../lib/useEnumSearchParam';
import { queryClient } from '../../lib/queryClient';
import { lazyPage } from '../../shell/lazyPage';
import { prefetchData } from '../../shell/routePrefetch';
import { partnershipQuery } from './usePartnership';
import { partnershipPagesQuery } from './usePartnershipPages';
import { partnershipKindValues, partnershipStatusValues } from '../../lib/api/enums';

const PartnershipDetailPage = lazyPage(() => import('./PartnershipDetailPage'), 'PartnershipDetailPage');
const PartnershipFormPage = lazyPage(() => import('./PartnershipFormPage'), 'PartnershipFormPage');
const PartnershipMapPage = lazyPage(() => import('./PartnershipMapPage'), 'PartnershipMapPage');
const PartnershipsPage = lazyPage(() => import('./PartnershipsPage'), 'PartnershipsPage');

export const partnershipRoutes: RouteObject[] = [
  {
    path: 'partnerships',
    element: <PartnershipsPage />,
    handle: prefetchData((_params, search) =>
      queryClient.prefetchInfiniteQuery(
        partnershipPagesQuery({ kind: enumParam(search, 'kind', partnershipKindValues), status: enumParam(search, 'status', partnershipStatusValues) }),
      ),
    ),
  },
  { path: 'partnerships/new', element: <PartnershipFormPage /> },
  { path: 'partnerships/map', element: <PartnershipMapPage /> },
  { path: 'partnerships/:id', element: <PartnershipDetailPage />, handle: prefetchData(({ id }) => queryClient.prefetchQuery(partnershipQuery(id))) },
  { path: 'partnerships/:id/edit', element: <PartnershipFormPage /> },
];
