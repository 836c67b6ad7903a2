import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { networkApi, networkKeys } from './networkApi';

export function useNetwork(id: string | undefined) {
  return useQuery(recordQuery(networkKeys, networkApi.get, id));
}
