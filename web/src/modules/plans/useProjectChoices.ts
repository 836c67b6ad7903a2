import { useQuery } from '@tanstack/react-query';
import { projectApi, projectKeys } from '../projects/projectApi';

/** Projects a measure or grant can link to (the first hundred by title). */
export function useProjectChoices() {
  return useQuery({ queryKey: projectKeys.choices, queryFn: ({ signal }) => projectApi.list({ limit: 100 }, signal) });
}
