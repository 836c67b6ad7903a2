import { useQuery } from '@tanstack/react-query';
import { useSession } from '../accounts/useSession';
import { startApi, startKeys } from './startApi';

/** The start page's data in one request; asked again when someone else signs in. */
export function useStartPage() {
  const { user } = useSession();
  return useQuery({
    queryKey: startKeys.page(user?.id ?? null),
    queryFn: ({ signal }) => startApi.page(signal),
  });
}
