import type { RouteObject } from 'react-router';
import { ApiTokensPage } from './ApiTokensPage';
import { ProfilePage } from './ProfilePage';

/** For signed-in users. */
export const profileRoutes: RouteObject[] = [
  { path: 'profile', element: <ProfilePage /> },
  { path: 'profile/tokens', element: <ApiTokensPage /> },
];
