import type { PlaceRef } from '../../lib/api/types';
import type { MatchingItem, MatchingProfileSummary } from './matchingTypes';

export interface DirectoryEntry extends MatchingItem {
  profile: MatchingProfileSummary;
  location: PlaceRef | null;
}

export interface DirectoryPlace {
  place: PlaceRef;
  needs: number;
  offers: number;
}

export interface DirectoryFilter {
  direction?: 'need' | 'offer';
  themeId?: string;
  kind?: string;
  urgency?: string;
  country?: string;
  regionId?: string;
  placeId?: string;
  minPopulation?: number;
  maxPopulation?: number;
  partnershipType?: string;
}
