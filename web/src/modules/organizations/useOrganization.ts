import { useQuery } from '@tanstack/react-query';
import { recordQuery } from '../../lib/recordQuery';
import { organizationApi, organizationKeys } from './organizationApi';

export function useOrganization(id: string | undefined) {
  return useQuery(recordQuery(organizationKeys, organizationApi.get, id));
}
