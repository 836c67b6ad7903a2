import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type {
  DelegationRow,
  ExchangeOrganizationRow,
  ExchangeRow,
  ExchangeSeriesRow,
} from './exchanges.repository.js';
import type { ExchangeDetail, ExchangeSummary } from './exchanges.schemas.js';

export interface ExchangeReferences {
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
  series: Map<string, ExchangeSeriesRow>;
}

export function presentExchangeSummary(row: ExchangeRow, refs: ExchangeReferences): ExchangeSummary {
  const series = row.seriesId ? refs.series.get(row.seriesId) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startDate: row.startDate,
    endDate: row.endDate,
    timeZone: row.timeZone,
    status: row.status,
    visibility: row.visibility,
    venue: (row.venuePlaceId && refs.places.get(row.venuePlaceId)) || null,
    venueName: row.venueName,
    partnershipId: row.partnershipId,
    networkId: row.networkId,
    series:
      series && row.seriesPart !== null
        ? { id: series.id, title: series.title, part: row.seriesPart, plannedParts: series.plannedParts }
        : null,
  };
}

export function presentExchangeDetail(
  row: ExchangeRow,
  refs: ExchangeReferences,
  organizationRoles: ExchangeOrganizationRow[],
  delegations: DelegationRow[],
): ExchangeDetail {
  return {
    ...presentExchangeSummary(row, refs),
    description: row.description,
    capacity: row.capacity,
    reportedParticipants: row.reportedParticipants,
    organizations: organizationRoles.flatMap((entry) => {
      const organization = refs.organizations.get(entry.organizationId);
      return organization ? [{ role: entry.role, organization }] : [];
    }),
    delegations: delegations.map((delegation) => ({
      id: delegation.id,
      fromPlace: (delegation.fromPlaceId && refs.places.get(delegation.fromPlaceId)) || null,
      fromOrganization: (delegation.fromOrganizationId && refs.organizations.get(delegation.fromOrganizationId)) || null,
      sectors: delegation.sectors,
      size: delegation.size,
      note: delegation.note,
    })),
  };
}
