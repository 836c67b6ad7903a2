import type { RouteObject } from 'react-router';
import { PlaceDetailPage } from './PlaceDetailPage';
import { PlaceFormPage } from './PlaceFormPage';
import { PlacesPage } from './PlacesPage';

export const placeRoutes: RouteObject[] = [
  { path: 'places', element: <PlacesPage /> },
  { path: 'places/new', element: <PlaceFormPage /> },
  { path: 'places/:id', element: <PlaceDetailPage /> },
  { path: 'places/:id/edit', element: <PlaceFormPage /> },
];
