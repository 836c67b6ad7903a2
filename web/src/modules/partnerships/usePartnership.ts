import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { partnershipApi, partnershipKeys } from './partnershipApi';

/** One partnership; shared by its page and the prefetch of its route. */
export function partnershipQuery(id: string | undefined) {
  return recordQuery(partnershipKeys, partnershipApi.get, id);
}

export function usePartnership(id: string | undefined) {
  return useQuery(partnershipQuery(id));
}
