import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { PersonRef } from '../people/personApi';
import type { ThemeRef } from '../themes/themeApi';
import type { DatePrecision } from '../../lib/formatPartialDate';
import type { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnershipEnums';

export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** A party is a place or an organization. */
export interface Party {
  id?: string;
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
  children: (PartnershipLink & { latestActivity: { type: string; date: string; title: LocalizedText; path: string } | null })[];
  themes: ThemeRef[];
}

export type ProjectGroupStatus = 'active' | 'paused' | 'closed';
export type ProjectGroupRole = 'lead' | 'member';

export interface ProjectGroup {
  id: string;
  partnershipId: string;
  title: LocalizedText;
  description: LocalizedText;
  theme: ThemeRef | null;
  formedOn: string | null;
  status: ProjectGroupStatus;
  members: { id: string; person: PersonRef | null; partyId: string | null; role: ProjectGroupRole }[];
}

/** An entry of a partnership's timeline: an exchange, a project group, and what later features add. */
export interface TimelineEntry {
  type: string;
  id: string;
  date: string;
  endDate: string | null;
  title: LocalizedText;
  kind: string | null;
  status: string | null;
  place: PlaceRef | null;
  series: { title: LocalizedText; part: number; plannedParts: number | null } | null;
  path: string;
}

export interface PartnershipMapItem {
  id: string;
  kind: PartnershipKind;
  title: LocalizedText;
  status: PartnershipStatus;
  since: string | null;
  sincePrecision: DatePrecision;
  places: PlaceRef[];
}

export interface PartnershipFilters {
  kind?: PartnershipKind;
  status?: PartnershipStatus;
  /** Only partnerships in which this place is a party. */
  placeId?: string;
}
