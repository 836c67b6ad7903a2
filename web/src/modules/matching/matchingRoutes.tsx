import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const MatchingPage = lazyPage(() => import('./MatchingPage'), 'MatchingPage');
const MatchingProfilePage = lazyPage(() => import('./MatchingProfilePage'), 'MatchingProfilePage');
const PublishNeedPage = lazyPage(() => import('./PublishNeedPage'), 'PublishNeedPage');
const IntroductionsPage = lazyPage(() => import('./IntroductionsPage'), 'IntroductionsPage');
const IntroductionPage = lazyPage(() => import('./IntroductionPage'), 'IntroductionPage');

export const matchingRoutes: RouteObject[] = [
  { path: 'matching', element: <MatchingPage /> },
  { path: 'matching/new', element: <PublishNeedPage /> },
  { path: 'matching/profiles/:id', element: <MatchingProfilePage /> },
  { path: 'matching/introductions', element: <IntroductionsPage /> },
  { path: 'matching/introductions/:id', element: <IntroductionPage /> },
];
