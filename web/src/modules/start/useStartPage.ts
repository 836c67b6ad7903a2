import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import { useSession } from '../accounts/useSession';
import type { StartPageData } from './startTypes';

/** The start page's data in one request; asked again when someone else signs in. */
export function useStartPage() {
  const { user } = useSession();
  return useQuery({
    queryKey: ['start', user?.id ?? null],
    queryFn: ({ signal }) => apiGet<StartPageData>('/start', {}, signal),
  });
}
