import type { RouteObject } from 'react-router';
import { CheckInPage } from './CheckInPage';
import { ExchangeDetailPage } from './ExchangeDetailPage';
import { ExchangeFormPage } from './ExchangeFormPage';
import { ExchangesPage } from './ExchangesPage';
import { InvitationResponsePage } from './InvitationResponsePage';
import { ParticipantsPrintPage } from './ParticipantsPrintPage';

export const exchangeRoutes: RouteObject[] = [
  { path: 'exchanges', element: <ExchangesPage /> },
  { path: 'exchanges/new', element: <ExchangeFormPage /> },
  { path: 'exchanges/:id', element: <ExchangeDetailPage /> },
  { path: 'exchanges/:id/edit', element: <ExchangeFormPage /> },
  { path: 'exchanges/:id/participants/print', element: <ParticipantsPrintPage /> },
  { path: 'exchanges/:id/check-in', element: <CheckInPage /> },
  { path: 'registration-invitations/:token', element: <InvitationResponsePage /> },
];
