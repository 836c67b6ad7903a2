import { useQuery } from '@tanstack/react-query';
import { workspaceApi, workspaceKeys } from './workspaceApi';

/** A workspace with its members (for its members only). */
export function useWorkspace(id: string | undefined) {
  return useQuery({
    queryKey: workspaceKeys.detail(id),
    queryFn: ({ signal }) => workspaceApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
