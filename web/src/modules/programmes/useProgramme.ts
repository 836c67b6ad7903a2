import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { programmeApi, programmeKeys } from './programmeApi';

export function useProgramme(id: string | undefined) {
  return useQuery(recordQuery(programmeKeys, programmeApi.get, id));
}
