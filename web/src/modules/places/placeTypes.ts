import type { LocalizedText, PlaceKind, PlaceRef, Visibility } from '../../lib/api/types';

export interface PlaceSummary extends PlaceRef {
  parentId: string | null;
  population: number | null;
  geonamesId: number | null;
  visibility: Visibility;
}

export interface PlaceSuggestion extends PlaceSummary {
  matchedName: string;
  parent: PlaceRef | null;
}

export interface PlaceDetail extends PlaceSummary {
  aliases: string[];
  isoCode: string | null;
  adminCode: string | null;
  ags: string | null;
  katottg: string | null;
  workspaceId: string;
  ancestors: PlaceRef[];
  children: PlaceSummary[];
  childCount: number;
  canEdit: boolean;
}

export interface PlaceInput {
  workspaceId?: string;
  kind: PlaceKind;
  parentId: string | null;
  name: string;
  names: LocalizedText;
  aliases: string[];
  visibility: Visibility;
  ags: string | null;
  katottg: string | null;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PlaceFilters {
  country?: string;
  kind?: PlaceKind;
  q?: string;
}
