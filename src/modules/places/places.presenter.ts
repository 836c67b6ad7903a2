import type { PlaceRow, PlaceRowWithoutBoundary } from './places.repository.js';
import type { PlaceDetail, PlaceRef, PlaceSummary } from './places.schemas.js';

export function presentPlaceRef(row: PlaceRowWithoutBoundary): PlaceRef {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    names: row.names,
    countryCode: row.countryCode,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

export function presentPlaceSummary(row: PlaceRowWithoutBoundary): PlaceSummary {
  return {
    ...presentPlaceRef(row),
    parentId: row.parentId,
    population: row.population,
    geonamesId: row.geonamesId,
    visibility: row.visibility,
  };
}

export function presentPlaceDetail(
  row: PlaceRow,
  related: { ancestors: PlaceRow[]; children: PlaceRow[]; childCount: number; canEdit: boolean },
): PlaceDetail {
  return {
    ...presentPlaceSummary(row),
    aliases: row.aliases,
    isoCode: row.isoCode,
    adminCode: row.adminCode,
    ags: row.ags,
    katottg: row.katottg,
    workspaceId: row.workspaceId,
    ancestors: related.ancestors.map(presentPlaceRef),
    children: related.children.map(presentPlaceSummary),
    childCount: related.childCount,
    canEdit: related.canEdit,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a place as the audit history records them. */
export function auditedPlace(row: PlaceRow) {
  const { sortName: _sortName, createdAt: _createdAt, ...fields } = row;
  return fields;
}
