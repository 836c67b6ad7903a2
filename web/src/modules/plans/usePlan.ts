import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { planApi, planKeys } from './planApi';

export function usePlan(id: string | undefined) {
  return useQuery(recordQuery(planKeys, planApi.get, id));
}
