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
  path: '/networks/',
  links: {
    organization: [
      { record: networkMembers.networkId, actor: networkMembers.organizationId, role: 'member' },
      { record: networks.id, actor: networks.organizationId, role: 'organizer' },
    ],
    place: [
      { record: networkMembers.networkId, actor: networkMembers.placeId, role: 'member' },
      { record: networks.id, actor: networks.regionPlaceId, role: 'region' },
    ],
    person: [{ record: networkMembers.networkId, actor: networkMembers.contactPersonId, role: 'member_contact' }],
  },
});
