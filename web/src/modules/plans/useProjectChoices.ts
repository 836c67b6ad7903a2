import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { Page } from '../../lib/api/types';
import type { ProjectRef } from './planTypes';

/** Projects a measure or grant can link to (the first hundred by title). */
export function useProjectChoices() {
  return useQuery({ queryKey: ['projects', 'choices'], queryFn: ({ signal }) => apiGet<Page<ProjectRef>>('/projects', { limit: 100 }, signal) });
}
