import { pickFields } from '../../core/records/pick-fields.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import type { PartnershipRow, PartyRow } from './partnerships.repository.js';
import type { PartnershipDetail, PartnershipSummary } from './partnerships.schemas.js';

export interface PartyReferences {
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
}

function presentParties(parties: PartyRow[], refs: PartyReferences) {
  return parties.map((party) => ({
    id: party.id,
    place: (party.placeId && refs.places.get(party.placeId)) || null,
    organization: (party.organizationId && refs.organizations.get(party.organizationId)) || null,
  }));
}

export function presentPartnershipSummary(row: PartnershipRow, parties: PartyRow[], refs: PartyReferences): PartnershipSummary {
  return {
    ...pickFields(row, ['id', 'kind', 'title', 'since', 'sincePrecision', 'status', 'visibility', 'parentId']),
    parties: presentParties(parties, refs),
  };
}

const presentLink = (row: PartnershipRow) => ({ id: row.id, kind: row.kind, title: row.title });

export function presentPartnershipDetail(
  row: PartnershipRow,
  parties: PartyRow[],
  refs: PartyReferences,
  parent: PartnershipRow | undefined,
  children: { row: PartnershipRow; latestActivity: PartnershipDetail['children'][number]['latestActivity'] }[],
  canEdit: boolean,
  themes: ThemeRef[],
): PartnershipDetail {
  return {
    ...presentPartnershipSummary(row, parties, refs),
    workspaceId: row.workspaceId,
    canEdit,
    description: row.description,
    endedOn: row.endedOn,
    parent: parent ? presentLink(parent) : null,
    children: children.map((child) => ({ ...presentLink(child.row), latestActivity: child.latestActivity })),
    themes,
  };
}
