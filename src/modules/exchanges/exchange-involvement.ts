import { sql } from 'drizzle-orm';
import { involvementSource } from '../involvement/involvement.service.js';
import { agendaSessions, exchangeStops } from './exchange-program.tables.js';
import { exchangeDelegations, exchangeOrganizations, exchanges } from './exchanges.tables.js';
import { exchangeRegistrations } from './registrations.tables.js';

/**
 * Exchanges an organisation took part in (every role it had, and as a delegation's sender), a person
 * registered for or facilitated a session of, and a place hosted, was a stop of or sent a delegation from.
 */
export const exchangeInvolvement = involvementSource({
  kind: 'exchange',
  table: exchanges,
  date: exchanges.startDate,
  endDate: exchanges.endDate,
  title: exchanges.title,
  subkind: exchanges.kind,
  path: sql`'/exchanges/' || ${exchanges.id}`,
  links: {
    organization: (id) => sql`
      SELECT exchange_id AS record_id, role FROM ${exchangeOrganizations} WHERE organization_id = ${id}::uuid
      UNION ALL SELECT exchange_id, 'delegation' FROM ${exchangeDelegations} WHERE from_organization_id = ${id}::uuid`,
    person: (id) => sql`
      SELECT exchange_id AS record_id, 'participant' AS role FROM ${exchangeRegistrations} WHERE person_id = ${id}::uuid AND state <> 'cancelled'
      UNION ALL SELECT exchange_id, 'facilitator' FROM ${agendaSessions} WHERE facilitator_person_id = ${id}::uuid`,
    place: (id) => sql`
      SELECT id AS record_id, 'venue' AS role FROM ${exchanges} WHERE venue_place_id = ${id}::uuid
      UNION ALL SELECT exchange_id, 'stop' FROM ${exchangeStops} WHERE place_id = ${id}::uuid
      UNION ALL SELECT exchange_id, 'delegation' FROM ${exchangeDelegations} WHERE from_place_id = ${id}::uuid`,
  },
});
