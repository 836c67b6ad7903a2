import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const SearchPage = lazyPage(() => import('./SearchPage'), 'SearchPage');

export const searchRoutes: RouteObject[] = [{ path: 'search', element: <SearchPage /> }];
