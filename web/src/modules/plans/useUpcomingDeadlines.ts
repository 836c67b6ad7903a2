import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { LocalizedText, Page } from '../../lib/api/types';

export interface UpcomingDeadline {
  id: string;
  dueOn: string;
  label: LocalizedText;
  programme: { id: string; name: LocalizedText };
}

/** The next deadlines of the funding programmes the viewer can see. */
export function useUpcomingDeadlines(limit = 5) {
  return useQuery({ queryKey: ['funding', 'deadlines', limit], queryFn: ({ signal }) => apiGet<Page<UpcomingDeadline>>('/funding-deadlines', { limit }, signal) });
}
