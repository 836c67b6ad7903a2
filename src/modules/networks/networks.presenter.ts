import { pickFields } from '../../core/records/pick-fields.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PersonRef } from '../actors/people.schemas.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { NetworkMemberRow, NetworkRow, UnavailabilityRow } from './networks.repository.js';
import type { NetworkDetail, NetworkMember, NetworkSummary } from './networks.schemas.js';

export interface NetworkReferences {
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
  people?: Map<string, PersonRef>;
  /** Members that hosted or are to host meetings. */
  hosts?: Set<string>;
}

export function presentNetworkSummary(row: NetworkRow, memberCount: number, refs: NetworkReferences): NetworkSummary {
  return {
    ...pickFields(row, ['id', 'name', 'shortName', 'kind', 'cadence', 'foundedYear', 'visibility']),
    region: (row.regionPlaceId && refs.places.get(row.regionPlaceId)) || null,
    memberCount,
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
  };
}

export function presentNetworkMember(member: NetworkMemberRow, unavailability: UnavailabilityRow[], refs: NetworkReferences): NetworkMember {
  return {
    id: member.id,
    place: (member.placeId && refs.places.get(member.placeId)) || null,
    organization: (member.organizationId && refs.organizations.get(member.organizationId)) || null,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
    contactPerson: (member.contactPersonId && refs.people?.get(member.contactPersonId)) || null,
    hasHosted: refs.hosts?.has(member.id) ?? false,
    unavailability: unavailability
      .filter((entry) => entry.networkMemberId === member.id)
      .map((entry) => ({ id: entry.id, from: entry.fromDate, to: entry.toDate, note: entry.note })),
  };
}

export function presentNetworkDetail(
  row: NetworkRow,
  members: NetworkMemberRow[],
  unavailability: UnavailabilityRow[],
  refs: NetworkReferences,
  canEdit: boolean,
  themes: ThemeRef[],
): NetworkDetail {
  const current = members.filter((member) => member.leftOn === null).length;
  return {
    ...presentNetworkSummary(row, current, refs),
    workspaceId: row.workspaceId,
    canEdit,
    description: row.description,
    organization: (row.organizationId && refs.organizations.get(row.organizationId)) || null,
    themes,
    members: members.map((member) => presentNetworkMember(member, unavailability, refs)),
  };
}
