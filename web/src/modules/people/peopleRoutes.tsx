import type { RouteObject } from 'react-router';
import { PeoplePage } from './PeoplePage';
import { PersonDetailPage } from './PersonDetailPage';
import { PersonFormPage } from './PersonFormPage';

export const peopleRoutes: RouteObject[] = [
  { path: 'people', element: <PeoplePage /> },
  { path: 'people/new', element: <PersonFormPage /> },
  { path: 'people/:id', element: <PersonDetailPage /> },
  { path: 'people/:id/edit', element: <PersonFormPage /> },
];
