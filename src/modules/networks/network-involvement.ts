import { sql } from 'drizzle-orm';
import { involvementSource } from '../involvement/involvement.service.js';
import { networkMembers, networks } from './networks.tables.js';

/** Networks an organisation or a place is a member of (or, for an organisation, runs); a person is the contact of a member in. */
export const networkInvolvement = involvementSource({
  kind: 'network',
  table: networks,
  date: sql`coalesce(make_date(${networks.foundedYear}, 1, 1), ${networks.createdAt}::date)`,
  endDate: sql`${networks.archivedAt}::date`,
  title: networks.name,
  subkind: networks.kind,
  path: sql`'/networks/' || ${networks.id}`,
  links: {
    organization: (id) => sql`
      SELECT network_id AS record_id, 'member' AS role FROM ${networkMembers} WHERE organization_id = ${id}::uuid
      UNION ALL SELECT id, 'organizer' FROM ${networks} WHERE organization_id = ${id}::uuid`,
    place: (id) => sql`
      SELECT network_id AS record_id, 'member' AS role FROM ${networkMembers} WHERE place_id = ${id}::uuid
      UNION ALL SELECT id, 'region' FROM ${networks} WHERE region_place_id = ${id}::uuid`,
    person: (id) => sql`SELECT network_id AS record_id, 'member_contact' AS role FROM ${networkMembers} WHERE contact_person_id = ${id}::uuid`,
  },
});
