import { useQuery } from '@tanstack/react-query';
import { themeApi, themeKeys } from './themeApi';

/** The whole taxonomy the viewer may see. */
export function useThemeTree() {
  return useQuery({
    queryKey: themeKeys.tree,
    queryFn: ({ signal }) => themeApi.tree(signal),
    select: (answer) => answer.items,
  });
}
