import { pickFields } from '../../core/records/pick-fields.js';
import type { PlaceRow, PlaceRowWithoutBoundary } from './places.repository.js';
import type { PlaceDetail, PlaceRef, PlaceSummary } from './places.schemas.js';

export function presentPlaceRef(row: PlaceRowWithoutBoundary): PlaceRef {
  return {
    ...pickFields(row, ['id', 'kind', 'name', 'names', 'countryCode', 'latitude', 'longitude']),
  };
}

export function presentPlaceSummary(row: PlaceRowWithoutBoundary): PlaceSummary {
  return {
    ...presentPlaceRef(row),
    ...pickFields(row, ['parentId', 'population', 'geonamesId', 'visibility']),
  };
}

export function presentPlaceDetail(
  row: PlaceRow,
  related: { ancestors: PlaceRow[]; children: PlaceRow[]; childCount: number; canEdit: boolean },
): PlaceDetail {
  return {
    ...presentPlaceSummary(row),
    ...pickFields(row, ['aliases', 'isoCode', 'adminCode', 'ags', 'katottg', 'workspaceId']),
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
