import type { RouteObject } from 'react-router';
import { queryClient } from '../../lib/queryClient';
import { lazyPage } from '../../shell/lazyPage';
import { prefetchData } from '../../shell/routePrefetch';
import { searchFiltersOf } from './useSearchFilters';
import { searchQuery } from './useSearch';

const SearchPage = lazyPage(() => import('./SearchPage'), 'SearchPage');

export const searchRoutes: RouteObject[] = [
  {
    path: 'search',
    element: <SearchPage />,
    handle: prefetchData((_params, search) => {
      const filters = searchFiltersOf(search);
      return filters.q.trim() === '' ? Promise.resolve() : queryClient.prefetchInfiniteQuery(searchQuery(filters));
    }),
  },
];
