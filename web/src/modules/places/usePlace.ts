import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { PlaceDetail } from './placeTypes';

export function usePlace(id: string | undefined) {
  return useQuery({
    queryKey: ['places', 'detail', id],
    queryFn: ({ signal }) => apiGet<PlaceDetail>(`/places/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
