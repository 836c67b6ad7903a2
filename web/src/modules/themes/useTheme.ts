import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ThemeDetail } from './themeTypes';

export function useTheme(id: string | undefined) {
  return useQuery({
    queryKey: ['themes', 'detail', id],
    queryFn: ({ signal }) => apiGet<ThemeDetail>(`/themes/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
