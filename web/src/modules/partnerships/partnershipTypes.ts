import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { DatePrecision } from '../../lib/formatPartialDate';
import type { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnershipEnums';

export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** A party is a place or an organization. */
export interface Party {
  place: PlaceRef | null;
  organization: OrganizationRef | null;
}

export interface PartnershipLink {
  id: string;
  kind: PartnershipKind;
  title: LocalizedText;
}

export interface PartnershipSummary {
  id: string;
  kind: PartnershipKind;
  title: LocalizedText;
  since: string | null;
  sincePrecision: DatePrecision;
  status: PartnershipStatus;
  visibility: Visibility;
  parentId: string | null;
  parties: Party[];
}

export interface PartnershipDetail extends PartnershipSummary {
  workspaceId: string;
  /** Whether the viewer may change or delete it. */
  canEdit: boolean;
  description: LocalizedText;
  endedOn: string | null;
  parent: PartnershipLink | null;
  children: PartnershipLink[];
}

export interface PartnershipFilters {
  kind?: PartnershipKind;
  status?: PartnershipStatus;
  /** Only partnerships in which this place is a party. */
  placeId?: string;
}
