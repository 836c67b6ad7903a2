import type { LocalizedText, OrganizationKind, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { ThemeRef } from '../themes/themeTypes';

export interface OrganizationSummary extends OrganizationRef {
  countryCode: string | null;
  visibility: Visibility;
  seat: PlaceRef | null;
  themes: ThemeRef[];
}

export interface Member {
  affiliationId: string;
  personId: string;
  displayName: string;
  erased: boolean;
  role: string | null;
  from: string | null;
  to: string | null;
}

export interface OrganizationDetail extends OrganizationSummary {
  description: LocalizedText;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  iatiIdentifier: string | null;
  workspaceId: string;
  parent: OrganizationRef | null;
  children: OrganizationRef[];
  people: Member[];
  canEdit: boolean;
}

export interface OrganizationFilters {
  country?: string;
  kind?: OrganizationKind;
  themeId?: string;
  seatPlaceId?: string;
  q?: string;
}

/** An organization as pickers and duplicate warnings show it: with what tells it from others of the same name. */
export interface OrganizationCandidate extends OrganizationSummary {
  workspace: { id: string; name: string } | null;
  parent: OrganizationRef | null;
}
