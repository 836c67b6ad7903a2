import { pickFields } from '../../core/records/pick-fields.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PersonRef } from '../actors/people.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import type { MatchingItemRow, MatchingProfileRow } from './matching.repository.js';
import type { MatchingItem, MatchingProfileSummary } from './matching.schemas.js';
import type { ProfileSubject, SoughtPartnershipType } from './matching.tables.js';

export interface ProfileReferences {
  places: Map<string, PlaceRef & { population?: number | null }>;
  populations: Map<string, number | null>;
  organizations: Map<string, OrganizationRef>;
  people: Map<string, PersonRef>;
  themes: Map<string, ThemeRef>;
}

export function subjectOf(row: MatchingProfileRow): ProfileSubject {
  if (row.placeId) return 'municipality';
  if (row.organizationId) return 'organization';
  return 'expert';
}

/** The population the profile states, else the gazetteer's figure of its place. */
export function populationOf(row: MatchingProfileRow, refs: ProfileReferences): number | null {
  return row.population ?? (row.placeId ? (refs.populations.get(row.placeId) ?? null) : null);
}

export function presentProfileSummary(row: MatchingProfileRow, refs: ProfileReferences): MatchingProfileSummary {
  return {
    id: row.id,
    subject: subjectOf(row),
    place: row.placeId ? (refs.places.get(row.placeId) ?? null) : null,
    organization: row.organizationId ? (refs.organizations.get(row.organizationId) ?? null) : null,
    person: row.personId ? (refs.people.get(row.personId) ?? null) : null,
    visibility: row.visibility,
    population: populationOf(row, refs),
    languages: row.languages,
    partnershipTypes: row.partnershipTypes as SoughtPartnershipType[],
  };
}

export function presentItem(row: MatchingItemRow, themes: Map<string, ThemeRef>): MatchingItem {
  return {
    id: row.id,
    direction: row.direction,
    theme: themes.get(row.themeId) ?? null,
    ...pickFields(row, ['kind', 'description', 'urgency', 'until']),
  };
}
