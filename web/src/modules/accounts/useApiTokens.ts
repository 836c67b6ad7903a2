import { useQuery } from '@tanstack/react-query';
import { apiTokenApi, apiTokenKeys } from './apiTokenApi';

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokenKeys.list,
    queryFn: ({ signal }) => apiTokenApi.list(signal),
  });
}
