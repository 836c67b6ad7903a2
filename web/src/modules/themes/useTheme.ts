import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { themeApi, themeKeys } from './themeApi';

export function useTheme(id: string | undefined) {
  return useQuery(recordQuery(themeKeys, themeApi.get, id));
}
