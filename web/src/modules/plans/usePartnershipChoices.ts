import { useQuery } from '@tanstack/react-query';
import { partnershipApi, partnershipKeys } from '../partnerships/partnershipApi';

/** The partnerships a plan can be drafted for (the first hundred by title). */
export function usePartnershipChoices() {
  return useQuery({
    queryKey: partnershipKeys.choices,
    queryFn: ({ signal }) => partnershipApi.list({ limit: 100 }, signal),
  });
}
