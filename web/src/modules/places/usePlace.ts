import { useQuery } from '@tanstack/react-query';
import { placeApi, placeKeys } from './placeApi';

export function usePlace(id: string | undefined) {
  return useQuery({
    queryKey: placeKeys.detail(id),
    queryFn: ({ signal }) => placeApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
