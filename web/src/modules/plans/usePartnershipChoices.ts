import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { LocalizedText, Page } from '../../lib/api/types';

/** The partnerships a plan can be drafted for (the first hundred by title). */
export function usePartnershipChoices() {
  return useQuery({
    queryKey: ['partnerships', 'choices'],
    queryFn: ({ signal }) => apiGet<Page<{ id: string; title: LocalizedText }>>('/partnerships', { limit: 100 }, signal),
  });
}
