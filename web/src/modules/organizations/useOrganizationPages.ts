import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { organizationApi, organizationKeys, type OrganizationFilters } from './organizationApi';

const PAGE_SIZE = 25;

export function useOrganizationPages(filters: OrganizationFilters) {
  return useInfiniteQuery({
    queryKey: organizationKeys.list(filters),
    queryFn: ({ pageParam, signal }) => organizationApi.list({ ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
