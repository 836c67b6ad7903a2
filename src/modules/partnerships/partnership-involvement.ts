import { sql } from 'drizzle-orm';
import { involvementSource } from '../involvement/involvement.service.js';
import { partnershipParties, partnerships, projectGroupMembers, projectGroups } from './partnerships.tables.js';

/** Partnerships an organisation or place is a party of, and a person works in through a project group. */
export const partnershipInvolvement = involvementSource({
  kind: 'partnership',
  table: partnerships,
  date: sql`coalesce(${partnerships.since}, ${partnerships.createdAt}::date)`,
  endDate: partnerships.endedOn,
  title: partnerships.title,
  subkind: partnerships.kind,
  path: '/partnerships/',
  links: {
    organization: [{ record: partnershipParties.partnershipId, actor: partnershipParties.organizationId, role: 'party' }],
    place: [{ record: partnershipParties.partnershipId, actor: partnershipParties.placeId, role: 'party' }],
    person: [
      (id) => sql`
        SELECT groups.partnership_id AS record_id, 'project_group_member' AS role
          FROM ${projectGroupMembers} AS members JOIN ${projectGroups} AS groups ON groups.id = members.project_group_id
         WHERE members.person_id = ${id}::uuid`,
    ],
  },
});
