import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { organizationApi, organizationKeys, type OrganizationFilters } from './organizationApi';

const PAGE_SIZE = 25;

export function useOrganizationPages(filters: OrganizationFilters) {
  return useInfiniteQuery({
    ...pagedQuery(organizationKeys.list(filters), (cursor, signal) => organizationApi.list({ ...filters, limit: PAGE_SIZE, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
}
