import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const MatchingPage = lazyPage(() => import('./MatchingPage'), 'MatchingPage');
const MatchingProfilePage = lazyPage(() => import('./MatchingProfilePage'), 'MatchingProfilePage');
const DirectoryPage = lazyPage(() => import('./DirectoryPage'), 'DirectoryPage');
const ProfileFormPage = lazyPage(() => import('./ProfileFormPage'), 'ProfileFormPage');
const NewNeedPage = lazyPage(() => import('./ItemFormPage'), 'NewNeedPage');
const NewOfferPage = lazyPage(() => import('./ItemFormPage'), 'NewOfferPage');
const EditItemPage = lazyPage(() => import('./ItemFormPage'), 'EditItemPage');
const NewExpertProfilePage = lazyPage(() => import('./NewExpertProfilePage'), 'NewExpertProfilePage');
const PublishNeedPage = lazyPage(() => import('./PublishNeedPage'), 'PublishNeedPage');

export const matchingRoutes: RouteObject[] = [
  { path: 'matching', element: <MatchingPage /> },
  { path: 'matching/new', element: <PublishNeedPage /> },
  { path: 'matching/directory', element: <DirectoryPage /> },
  { path: 'matching/experts/new', element: <NewExpertProfilePage /> },
  { path: 'matching/profiles/:id', element: <MatchingProfilePage /> },
  { path: 'matching/profiles/:id/edit', element: <ProfileFormPage /> },
  { path: 'matching/profiles/:id/needs/new', element: <NewNeedPage /> },
  { path: 'matching/profiles/:id/offers/new', element: <NewOfferPage /> },
  { path: 'matching/profiles/:id/items/:itemId/edit', element: <EditItemPage /> },
];
