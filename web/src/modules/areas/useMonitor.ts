import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { areaApi, areaKeys } from './areaApi';

export function useMonitor(id: string | undefined) {
  return useQuery(recordQuery(areaKeys, areaApi.get, id));
}
