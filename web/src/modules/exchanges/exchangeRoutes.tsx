import type { RouteObject } from 'react-router';
import { ExchangeDetailPage } from './ExchangeDetailPage';
import { ExchangesPage } from './ExchangesPage';

export const exchangeRoutes: RouteObject[] = [
  { path: 'exchanges', element: <ExchangesPage /> },
  { path: 'exchanges/:id', element: <ExchangeDetailPage /> },
];
