import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { NetworkMemberRow, NetworkRow, UnavailabilityRow } from './networks.repository.js';
import type { NetworkDetail, NetworkMember, NetworkSummary } from './networks.schemas.js';

export interface NetworkReferences {
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
}

export function presentNetworkSummary(row: NetworkRow, memberCount: number, refs: NetworkReferences): NetworkSummary {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    cadence: row.cadence,
    foundedYear: row.foundedYear,
    visibility: row.visibility,
    region: (row.regionPlaceId && refs.places.get(row.regionPlaceId)) || null,
    memberCount,
  };
}

export function presentNetworkMember(member: NetworkMemberRow, unavailability: UnavailabilityRow[], refs: NetworkReferences): NetworkMember {
  return {
    id: member.id,
    place: (member.placeId && refs.places.get(member.placeId)) || null,
    organization: (member.organizationId && refs.organizations.get(member.organizationId)) || null,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
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
): NetworkDetail {
  const current = members.filter((member) => member.leftOn === null).length;
  return {
    ...presentNetworkSummary(row, current, refs),
    workspaceId: row.workspaceId,
    canEdit,
    description: row.description,
    organization: (row.organizationId && refs.organizations.get(row.organizationId)) || null,
    members: members.map((member) => presentNetworkMember(member, unavailability, refs)),
  };
}
