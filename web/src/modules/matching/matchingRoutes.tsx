import type { RouteObject } from 'react-router';
import { MatchingPage } from './MatchingPage';
import { MatchingProfilePage } from './MatchingProfilePage';
import { PublishNeedPage } from './PublishNeedPage';

export const matchingRoutes: RouteObject[] = [
  { path: 'matching', element: <MatchingPage /> },
  { path: 'matching/new', element: <PublishNeedPage /> },
  { path: 'matching/profiles/:id', element: <MatchingProfilePage /> },
];
