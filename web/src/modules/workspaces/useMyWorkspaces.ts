import { useQuery } from '@tanstack/react-query';
import { workspaceApi, workspaceKeys } from './workspaceApi';

export function useMyWorkspaces() {
  return useQuery({
    queryKey: workspaceKeys.mine,
    queryFn: ({ signal }) => workspaceApi.mine(signal),
  });
}
