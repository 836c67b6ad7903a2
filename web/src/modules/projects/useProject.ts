import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { projectApi, projectKeys } from './projectApi';

export function useProject(id: string | undefined) {
  return useQuery(recordQuery(projectKeys, projectApi.get, id));
}
