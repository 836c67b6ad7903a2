import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { personApi, personKeys } from './personApi';

export function usePerson(id: string | undefined) {
  return useQuery(recordQuery(personKeys, personApi.get, id));
}
