import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const ApiTokensPage = lazyPage(() => import('./ApiTokensPage'), 'ApiTokensPage');
const ProfilePage = lazyPage(() => import('./ProfilePage'), 'ProfilePage');

/** For signed-in users. */
export const profileRoutes: RouteObject[] = [
  { path: 'profile', element: <ProfilePage /> },
  { path: 'profile/tokens', element: <ApiTokensPage /> },
];
