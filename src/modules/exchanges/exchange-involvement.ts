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
  path: '/exchanges/',
  links: {
    organization: [
      { record: exchangeOrganizations.exchangeId, actor: exchangeOrganizations.organizationId, role: exchangeOrganizations.role },
      { record: exchangeDelegations.exchangeId, actor: exchangeDelegations.fromOrganizationId, role: 'delegation' },
    ],
    person: [
      { record: exchangeRegistrations.exchangeId, actor: exchangeRegistrations.personId, role: 'participant', also: sql`${exchangeRegistrations.state} <> 'cancelled'` },
      { record: agendaSessions.exchangeId, actor: agendaSessions.facilitatorPersonId, role: 'facilitator' },
    ],
    place: [
      { record: exchanges.id, actor: exchanges.venuePlaceId, role: 'venue' },
      { record: exchangeStops.exchangeId, actor: exchangeStops.placeId, role: 'stop' },
      { record: exchangeDelegations.exchangeId, actor: exchangeDelegations.fromPlaceId, role: 'delegation' },
    ],
  },
});
