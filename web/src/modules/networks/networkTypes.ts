import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { ThemeRef } from '../themes/themeTypes';
import type { NETWORK_CADENCES, NETWORK_KINDS } from './networkEnums';

export type NetworkCadence = (typeof NETWORK_CADENCES)[number];
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export interface NetworkSummary {
  id: string;
  name: LocalizedText;
  shortName: string | null;
  kind: NetworkKind;
  cadence: NetworkCadence;
  foundedYear: number | null;
  visibility: Visibility;
  region: PlaceRef | null;
  memberCount: number;
  archivedAt: string | null;
}

export interface Unavailability {
  id: string;
  from: string;
  to: string;
  note: string | null;
}

export interface NetworkMember {
  id: string;
  place: PlaceRef | null;
  organization: OrganizationRef | null;
  joinedOn: string | null;
  leftOn: string | null;
  contactPerson: { id: string; displayName: string } | null;
  hasHosted: boolean;
  unavailability: Unavailability[];
}

export interface NetworkDetail extends NetworkSummary {
  workspaceId: string;
  canEdit: boolean;
  description: LocalizedText;
  organization: OrganizationRef | null;
  themes: ThemeRef[];
  members: NetworkMember[];
}

export interface NetworkFilters {
  cadence?: NetworkCadence;
}

/** Who is due to host a meeting on a date, and each member's hosting record. */
export interface Rotation {
  date: string;
  proposal: string | null;
  members: {
    member: { id: string; place: PlaceRef | null; organization: OrganizationRef | null };
    lastHostedOn: string | null;
    hostedCount: number;
    nextHostingOn: string | null;
    unavailable: boolean;
  }[];
}
