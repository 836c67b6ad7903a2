import { pickFields } from '../../core/records/pick-fields.js';
import type { organizationFactsByIds } from '../actors/organizations.service.js';
import type { ParticipantFacts } from '../actors/people.service.js';
import type { RegistrationRow } from './registrations.repository.js';
import type { Registration } from './registrations.schemas.js';

type OrganizationFacts = Awaited<ReturnType<typeof organizationFactsByIds>> extends Map<string, infer V> ? V : never;

export function presentRegistration(
  row: RegistrationRow,
  people: Map<string, ParticipantFacts>,
  organizations: Map<string, OrganizationFacts>,
): Registration {
  const person = people.get(row.personId);
  const organization = row.organizationId ? organizations.get(row.organizationId) : undefined;
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: row.id,
    exchangeId: row.exchangeId,
    person: person ? { id: person.id, displayName: person.displayName, givenName: person.givenName, familyName: person.familyName, erased: person.erased } : null,
    email: person?.email ?? null,
    delegationId: row.delegationId,
    organization: organization
      ? { id: organization.id, kind: organization.kind, name: organization.name, names: organization.names, shortName: organization.shortName, seatPlaceId: organization.seatPlaceId }
      : null,
    countryCode: row.countryCode,
    state: row.state,
    registeredAt: row.registeredAt.toISOString(),
    stateChangedAt: row.stateChangedAt.toISOString(),
    invitedAt: iso(row.invitedAt),
    respondedAt: iso(row.respondedAt),
    confirmedAt: iso(row.confirmedAt),
    checkedInAt: iso(row.checkedInAt),
    cancelledAt: iso(row.cancelledAt),
    invitationPending: row.state === 'invited' && row.invitationTokenHash !== null,
    note: row.note,
  };
}

/** A registration in the exchange's history. */
export const auditedRegistration = (row: RegistrationRow) => ({
  ...pickFields(row, ['exchangeId', 'personId', 'delegationId', 'organizationId', 'countryCode', 'state', 'note']),
});
