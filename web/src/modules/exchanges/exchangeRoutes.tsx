import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const CheckInPage = lazyPage(() => import('./CheckInPage'), 'CheckInPage');
const ExchangeDetailPage = lazyPage(() => import('./ExchangeDetailPage'), 'ExchangeDetailPage');
const ExchangeFormPage = lazyPage(() => import('./ExchangeFormPage'), 'ExchangeFormPage');
const ExchangesPage = lazyPage(() => import('./ExchangesPage'), 'ExchangesPage');
const InvitationResponsePage = lazyPage(() => import('./InvitationResponsePage'), 'InvitationResponsePage');
const ParticipantsPrintPage = lazyPage(() => import('./ParticipantsPrintPage'), 'ParticipantsPrintPage');

export const exchangeRoutes: RouteObject[] = [
  { path: 'exchanges', element: <ExchangesPage /> },
  { path: 'exchanges/new', element: <ExchangeFormPage /> },
  { path: 'exchanges/:id', element: <ExchangeDetailPage /> },
  { path: 'exchanges/:id/edit', element: <ExchangeFormPage /> },
  { path: 'exchanges/:id/participants/print', element: <ParticipantsPrintPage /> },
  { path: 'exchanges/:id/check-in', element: <CheckInPage /> },
  { path: 'registration-invitations/:token', element: <InvitationResponsePage /> },
];
