import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { DELEGATION_SECTORS, EXCHANGE_KINDS, EXCHANGE_STATUSES, ORGANIZATION_ROLES } from './exchangeEnums';

export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export type DelegationSector = (typeof DELEGATION_SECTORS)[number];

/** Where an exchange stands in a programme: part 2 of 3. */
export interface SeriesPosition {
  id: string;
  title: LocalizedText;
  part: number;
  plannedParts: number | null;
}

export interface ExchangeSummary {
  id: string;
  kind: ExchangeKind;
  title: LocalizedText;
  startDate: string;
  endDate: string;
  timeZone: string;
  status: ExchangeStatus;
  visibility: Visibility;
  venue: PlaceRef | null;
  venueName: string | null;
  partnershipId: string | null;
  networkId: string | null;
  series: SeriesPosition | null;
}

export interface Delegation {
  id: string;
  fromPlace: PlaceRef | null;
  fromOrganization: OrganizationRef | null;
  sectors: DelegationSector[];
  size: number | null;
  note: LocalizedText;
}

export interface ExchangeDetail extends ExchangeSummary {
  description: LocalizedText;
  capacity: number | null;
  reportedParticipants: number | null;
  organizations: { role: OrganizationRole; organization: OrganizationRef }[];
  delegations: Delegation[];
}

export interface ExchangeFilters {
  kind?: ExchangeKind;
  partnershipId?: string;
  networkId?: string;
  order?: 'newest' | 'oldest';
}
