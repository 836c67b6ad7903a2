import type { PlaceRow } from './places.repository.js';
import type { PlaceRef } from './places.schemas.js';

export function presentPlaceRef(row: PlaceRow): PlaceRef {
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
