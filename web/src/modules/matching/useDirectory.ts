import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { placeApi, placeKeys } from '../places/placeApi';
import { matchingApi, matchingKeys, type DirectoryFilter } from './matchingApi';

const PAGE_SIZE = 20;

/** Published needs and offers matching the filter, newest first, a page at a time. */
export function useDirectoryPages(filter: DirectoryFilter) {
  return useInfiniteQuery({
    ...pagedQuery(matchingKeys.directory(filter), (cursor, signal) => matchingApi.directory({ ...filter, limit: PAGE_SIZE, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
}

/** The places of the filtered directory with their counts, for the map. */
export function useDirectoryPlaces(filter: DirectoryFilter) {
  return useQuery({
    queryKey: matchingKeys.directoryPlaces(filter),
    queryFn: ({ signal }) => matchingApi.directoryPlaces({ ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The states or oblasts of a country, for the region filter. */
export function useRegions(country: string | undefined) {
  return useQuery({
    queryKey: placeKeys.list({ country, kind: 'state' }),
    queryFn: ({ signal }) => placeApi.list({ country, kind: 'state', limit: 100 }, signal),
    enabled: Boolean(country),
  });
}
