import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const MatchingPage = lazyPage(() => import('./MatchingPage'), 'MatchingPage');
const MatchingProfilePage = lazyPage(() => import('./MatchingProfilePage'), 'MatchingProfilePage');
const DirectoryPage = lazyPage(() => import('./DirectoryPage'), 'DirectoryPage');
const PublishNeedPage = lazyPage(() => import('./PublishNeedPage'), 'PublishNeedPage');

export const matchingRoutes: RouteObject[] = [
  { path: 'matching', element: <MatchingPage /> },
  { path: 'matching/new', element: <PublishNeedPage /> },
  { path: 'matching/directory', element: <DirectoryPage /> },
  { path: 'matching/profiles/:id', element: <MatchingProfilePage /> },
];
