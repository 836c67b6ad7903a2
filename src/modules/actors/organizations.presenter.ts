import type { OrganizationRow } from './organizations.repository.js';
import type { OrganizationRef } from './organizations.schemas.js';

export function presentOrganizationRef(row: OrganizationRow): OrganizationRef {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    names: row.names,
    shortName: row.shortName,
    seatPlaceId: row.seatPlaceId,
  };
}
