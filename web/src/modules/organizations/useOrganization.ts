import { useQuery } from '@tanstack/react-query';
import { organizationApi, organizationKeys } from './organizationApi';

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id),
    queryFn: ({ signal }) => organizationApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
