import { useQuery } from '@tanstack/react-query';
import { projectApi, projectKeys } from './projectApi';

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => projectApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
