import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { ThemeSummary } from './themeTypes';

/** The whole taxonomy the viewer may see. */
export function useThemeTree() {
  return useQuery({
    queryKey: ['themes', 'tree'],
    queryFn: ({ signal }) => apiGet<{ items: ThemeSummary[] }>('/themes/tree', undefined, signal),
    select: (answer) => answer.items,
  });
}
