import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { placeApi, placeKeys } from './placeApi';

export function usePlace(id: string | undefined) {
  return useQuery(recordQuery(placeKeys, placeApi.get, id));
}
