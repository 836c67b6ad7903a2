import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { PersonRef } from '../people/personApi';
import type { ThemeRef } from '../themes/themeApi';
import type { MATCHING_ITEM_KINDS, PROFILE_SUBJECTS, SOUGHT_PARTNERSHIP_TYPES, SUGGESTION_REASON_CODES, URGENCIES } from './matchingEnums';

export type MatchingItemKind = (typeof MATCHING_ITEM_KINDS)[number];
export type Urgency = (typeof URGENCIES)[number];
export type SoughtPartnershipType = (typeof SOUGHT_PARTNERSHIP_TYPES)[number];
export type ProfileSubject = (typeof PROFILE_SUBJECTS)[number];

export interface MatchingItem {
  id: string;
  direction: 'need' | 'offer';
  theme: ThemeRef | null;
  kind: MatchingItemKind;
  description: LocalizedText;
  urgency: Urgency;
  until: string | null;
}

export interface MatchingProfileSummary {
  id: string;
  subject: ProfileSubject;
  place: PlaceRef | null;
  organization: OrganizationRef | null;
  person: PersonRef | null;
  visibility: Visibility;
  population: number | null;
  languages: string[];
  partnershipTypes: SoughtPartnershipType[];
}

export interface MatchingProfileDetail extends MatchingProfileSummary {
  workspaceId: string;
  canEdit: boolean;
  summary: LocalizedText;
  contactPerson: PersonRef | null;
  availability: string | null;
  themes: ThemeRef[];
  needs: MatchingItem[];
  offers: MatchingItem[];
  pastExchanges: PastExchange[];
}

export interface PastExchange {
  id: string;
  title: LocalizedText;
  startDate: string;
  endDate: string;
  roles: ('participant' | 'facilitator')[];
  themes: ThemeRef[];
}

export interface SuggestionReason {
  code: (typeof SUGGESTION_REASON_CODES)[number];
  params: Record<string, string | number | string[] | LocalizedText>;
}

export interface Suggestion {
  profile: MatchingProfileSummary;
  score: number;
  offer: MatchingItem | null;
  reasons: SuggestionReason[];
}
