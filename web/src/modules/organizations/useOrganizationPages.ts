import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { OrganizationFilters, OrganizationSummary } from './organizationTypes';

const PAGE_SIZE = 25;

export function useOrganizationPages(filters: OrganizationFilters) {
  return useInfiniteQuery({
    queryKey: ['organizations', 'list', filters],
    queryFn: ({ pageParam, signal }) => apiGet<Page<OrganizationSummary>>('/organizations', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
