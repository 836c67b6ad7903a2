import { useQuery } from '@tanstack/react-query';
import { themeApi, themeKeys } from './themeApi';

export function useTheme(id: string | undefined) {
  return useQuery({
    queryKey: themeKeys.detail(id),
    queryFn: ({ signal }) => themeApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
