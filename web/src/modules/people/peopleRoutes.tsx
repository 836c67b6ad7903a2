import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const PeoplePage = lazyPage(() => import('./PeoplePage'), 'PeoplePage');
const PersonDetailPage = lazyPage(() => import('./PersonDetailPage'), 'PersonDetailPage');
const PersonFormPage = lazyPage(() => import('./PersonFormPage'), 'PersonFormPage');

export const peopleRoutes: RouteObject[] = [
  { path: 'people', element: <PeoplePage /> },
  { path: 'people/new', element: <PersonFormPage /> },
  { path: 'people/:id', element: <PersonDetailPage /> },
  { path: 'people/:id/edit', element: <PersonFormPage /> },
];
