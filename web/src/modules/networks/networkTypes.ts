import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { NETWORK_CADENCES } from './networkEnums';

export type NetworkCadence = (typeof NETWORK_CADENCES)[number];

export interface NetworkSummary {
  id: string;
  name: LocalizedText;
  shortName: string | null;
  cadence: NetworkCadence;
  foundedYear: number | null;
  visibility: Visibility;
  region: PlaceRef | null;
  memberCount: number;
}

export interface NetworkMember {
  place: PlaceRef | null;
  organization: OrganizationRef | null;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface NetworkDetail extends NetworkSummary {
  description: LocalizedText;
  organization: OrganizationRef | null;
  members: NetworkMember[];
}

export interface NetworkFilters {
  cadence?: NetworkCadence;
}
