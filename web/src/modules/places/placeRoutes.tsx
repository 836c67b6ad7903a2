import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const PlaceDetailPage = lazyPage(() => import('./PlaceDetailPage'), 'PlaceDetailPage');
const PlaceFormPage = lazyPage(() => import('./PlaceFormPage'), 'PlaceFormPage');
const PlacesPage = lazyPage(() => import('./PlacesPage'), 'PlacesPage');

export const placeRoutes: RouteObject[] = [
  { path: 'places', element: <PlacesPage /> },
  { path: 'places/new', element: <PlaceFormPage /> },
  { path: 'places/:id', element: <PlaceDetailPage /> },
  { path: 'places/:id/edit', element: <PlaceFormPage /> },
];
