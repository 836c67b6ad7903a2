import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import { apiTokensQueryKey } from './apiTokensQueryKey';
import type { ApiToken } from './apiTokenTypes';

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokensQueryKey,
    queryFn: ({ signal }) => apiGet<{ items: ApiToken[] }>('/me/tokens', undefined, signal),
  });
}
