import { pickFields } from '../../core/records/pick-fields.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import type { OrganizationDetail, OrganizationRef, OrganizationSummary } from './organizations.schemas.js';
import type { OrganizationRow } from './organizations.repository.js';
import type { PersonDetail, PersonRef, PersonSummary } from './people.schemas.js';
import type { AffiliationRow, PersonRow } from './people.repository.js';

export const ANONYMISED = 'Anonymised person';

export function presentOrganizationRef(row: OrganizationRow): OrganizationRef {
  return { id: row.id, kind: row.kind, name: row.name, names: row.names, shortName: row.shortName, seatPlaceId: row.seatPlaceId };
}

export function presentOrganizationSummary(row: OrganizationRow, seat: PlaceRef | null, themes: ThemeRef[]): OrganizationSummary {
  return { ...presentOrganizationRef(row), countryCode: row.countryCode, visibility: row.visibility, seat, themes };
}

export function presentOrganizationDetail(
  row: OrganizationRow,
  related: {
    seat: PlaceRef | null;
    themes: ThemeRef[];
    parent: OrganizationRow | null;
    children: OrganizationRow[];
    members: { affiliation: AffiliationRow; person: PersonRow }[];
    canEdit: boolean;
  },
): OrganizationDetail {
  return {
    ...presentOrganizationSummary(row, related.seat, related.themes),
    ...pickFields(row, ['description', 'website', 'email', 'phone', 'address', 'iatiIdentifier', 'workspaceId']),
    parent: related.parent ? presentOrganizationRef(related.parent) : null,
    children: related.children.map(presentOrganizationRef),
    people: related.members.map(({ affiliation, person }) => ({
      affiliationId: affiliation.id,
      personId: person.id,
      displayName: displayNameOf(person),
      erased: person.erasedAt !== null,
      role: affiliation.role,
      from: affiliation.fromDate,
      to: affiliation.toDate,
    })),
    canEdit: related.canEdit,
  };
}

export function displayNameOf(person: PersonRow): string {
  if (person.erasedAt) return ANONYMISED;
  return [person.honorific, person.givenName, person.familyName].filter(Boolean).join(' ');
}

export function presentPersonRef(row: PersonRow): PersonRef {
  const erased = row.erasedAt !== null;
  return { id: row.id, displayName: displayNameOf(row), givenName: erased ? '' : row.givenName, familyName: row.familyName, erased };
}

const presentAffiliation = (row: AffiliationRow, organizations: Map<string, OrganizationRef>) => ({
  id: row.id,
  organization: organizations.get(row.organizationId) ?? null,
  role: row.role,
  from: row.fromDate,
  to: row.toDate,
});

export function presentPersonSummary(row: PersonRow, affiliations: AffiliationRow[], organizations: Map<string, OrganizationRef>): PersonSummary {
  return {
    ...pickFields(row, ['id', 'givenName', 'familyName', 'honorific']),
    displayName: displayNameOf(row),
    languages: row.languages,
    visibility: row.visibility,
    erased: row.erasedAt !== null,
    current: affiliations.filter((affiliation) => affiliation.toDate === null).map((affiliation) => presentAffiliation(affiliation, organizations)),
  };
}

export function presentPersonDetail(
  row: PersonRow,
  related: {
    affiliations: AffiliationRow[];
    organizations: Map<string, OrganizationRef>;
    themes: ThemeRef[];
    recordedBy: string | null;
    canEdit: boolean;
  },
): PersonDetail {
  return {
    ...presentPersonSummary(row, related.affiliations, related.organizations),
    ...pickFields(row, ['email', 'phone', 'notes', 'workspaceId']),
    selfEntered: row.userId !== null && row.consentBasis === null,
    consent:
      row.consentBasis && row.consentRecordedAt
        ? {
            basis: row.consentBasis,
            obtainedOn: row.consentObtainedOn,
            note: row.consentNote,
            recordedBy: related.recordedBy,
            recordedAt: row.consentRecordedAt.toISOString(),
          }
        : null,
    affiliations: related.affiliations.map((affiliation) => presentAffiliation(affiliation, related.organizations)),
    themes: related.themes,
    canEdit: related.canEdit,
    erasedAt: row.erasedAt?.toISOString() ?? null,
  };
}

export function auditedOrganization(row: OrganizationRow, themeIds?: string[]) {
  const { sortName: _sortName, searchText: _searchText, createdAt: _createdAt, ...fields } = row;
  return themeIds ? { ...fields, themeIds } : fields;
}

export function auditedPerson(row: PersonRow, extra: { themeIds?: string[]; affiliations?: AffiliationRow[] } = {}) {
  const { sortName: _sortName, createdAt: _createdAt, ...fields } = row;
  return { ...fields, ...extra };
}
