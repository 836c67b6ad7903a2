import { queryOptions } from '@tanstack/react-query';

/**
 * The query of one record by its id, which waits while there is no id (a form for a new record):
 * `useQuery(recordQuery(networkKeys, networkApi.get, id))`.
 */
export function recordQuery<T>(keys: { detail: (id: string | undefined) => readonly unknown[] }, get: (id: string, signal: AbortSignal) => Promise<T>, id: string | undefined) {
  return queryOptions({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
