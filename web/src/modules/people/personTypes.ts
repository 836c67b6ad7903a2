import type { OrganizationRef, Visibility } from '../../lib/api/types';
import type { ThemeRef } from '../themes/themeTypes';

export type ConsentBasis = 'consent' | 'contract' | 'legitimate_interest' | 'public_task';
export const CONSENT_BASES: ConsentBasis[] = ['consent', 'contract', 'legitimate_interest', 'public_task'];

export interface Affiliation {
  id: string;
  organization: OrganizationRef | null;
  role: string | null;
  from: string | null;
  to: string | null;
}

export interface PersonSummary {
  id: string;
  givenName: string;
  familyName: string;
  honorific: string | null;
  displayName: string;
  languages: string[];
  visibility: Visibility;
  erased: boolean;
  current: Affiliation[];
}

export interface PersonDetail extends PersonSummary {
  email: string | null;
  phone: string | null;
  notes: string | null;
  workspaceId: string;
  selfEntered: boolean;
  consent: { basis: ConsentBasis; obtainedOn: string | null; note: string | null; recordedBy: string | null; recordedAt: string } | null;
  affiliations: Affiliation[];
  themes: ThemeRef[];
  canEdit: boolean;
  erasedAt: string | null;
}

/** How other records show a person they link to. */
export interface PersonRef {
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  erased: boolean;
}

/** A person as a duplicate warning shows them: with their current organizations and workspace. */
export interface PersonCandidate extends PersonSummary {
  workspace: { id: string; name: string } | null;
}
