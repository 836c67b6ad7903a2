import type { RouteObject } from 'react-router';
import { enumParam } from '../../lib/useEnumSearchParam';
import { queryClient } from '../../lib/queryClient';
import { lazyPage } from '../../shell/lazyPage';
import { prefetchData } from '../../shell/routePrefetch';
import { exchangeQuery } from './useExchange';
import { exchangePagesQuery } from './useExchangePages';
import { exchangeKindValues } from '../../lib/api/enums';

const CheckInPage = lazyPage(() => import('./CheckInPage'), 'CheckInPage');
const ExchangeDetailPage = lazyPage(() => import('./ExchangeDetailPage'), 'ExchangeDetailPage');
const ExchangeFormPage = lazyPage(() => import('./ExchangeFormPage'), 'ExchangeFormPage');
const ExchangesPage = lazyPage(() => import('./ExchangesPage'), 'ExchangesPage');
const InvitationResponsePage = lazyPage(() => import('./InvitationResponsePage'), 'InvitationResponsePage');
const ParticipantsPrintPage = lazyPage(() => import('./ParticipantsPrintPage'), 'ParticipantsPrintPage');

export const exchangeRoutes: RouteObject[] = [
  {
    path: 'exchanges',
    element: <ExchangesPage />,
    handle: prefetchData((_params, search) =>
      queryClient.prefetchInfiniteQuery(exchangePagesQuery({ kind: enumParam(search, 'kind', exchangeKindValues), order: 'newest' })),
    ),
  },
  { path: 'exchanges/new', element: <ExchangeFormPage /> },
  { path: 'exchanges/:id', element: <ExchangeDetailPage />, handle: prefetchData(({ id }) => queryClient.prefetchQuery(exchangeQuery(id))) },
  { path: 'exchanges/:id/edit', element: <ExchangeFormPage /> },
  { path: 'exchanges/:id/participants/print', element: <ParticipantsPrintPage /> },
  { path: 'exchanges/:id/check-in', element: <CheckInPage /> },
  { path: 'registration-invitations/:token', element: <InvitationResponsePage /> },
];
