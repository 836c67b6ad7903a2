import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { exchangeApi, exchangeKeys } from './exchangeApi';

/** One exchange; shared by its page and the prefetch of its route. */
export function exchangeQuery(id: string | undefined) {
  return recordQuery(exchangeKeys, exchangeApi.get, id);
}

export function useExchange(id: string | undefined) {
  return useQuery(exchangeQuery(id));
}
