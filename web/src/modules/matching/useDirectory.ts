import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { DirectoryEntry, DirectoryFilter, DirectoryPlace } from './directoryTypes';

const PAGE_SIZE = 20;

/** Published needs and offers matching the filter, newest first, a page at a time. */
export function useDirectoryPages(filter: DirectoryFilter) {
  return useInfiniteQuery({
    queryKey: ['matching', 'directory', filter],
    queryFn: ({ pageParam, signal }) => apiGet<Page<DirectoryEntry>>('/matching/directory', { ...filter, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The places of the filtered directory with their counts, for the map. */
export function useDirectoryPlaces(filter: DirectoryFilter) {
  return useQuery({
    queryKey: ['matching', 'directory-places', filter],
    queryFn: ({ signal }) => apiGet<{ places: DirectoryPlace[] }>('/matching/directory/places', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The states or oblasts of a country, for the region filter. */
export function useRegions(country: string | undefined) {
  return useQuery({
    queryKey: ['places', 'list', { country, kind: 'state', limit: 100 }],
    queryFn: ({ signal }) => apiGet<Page<{ id: string; name: string; names: Record<string, string> }>>('/places', { country, kind: 'state', limit: 100 }, signal),
    enabled: Boolean(country),
  });
}
