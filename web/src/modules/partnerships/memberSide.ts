import type { PersonSummary } from '../people/personApi';
import type { Party } from './partnershipApi';

/**
 * The side a new project-group member belongs to, from where they work: the party that is one
 * of their organizations, else the party in the town where one of their organizations sits.
 * No side ('') when nothing matches, rather than a guess.
 */
export function memberSide(person: PersonSummary, parties: Party[]): string {
  const organizations = person.current.flatMap((affiliation) => (affiliation.organization ? [affiliation.organization] : []));
  const organizationIds = new Set(organizations.map((organization) => organization.id));
  const seats = new Set(organizations.flatMap((organization) => (organization.seatPlaceId ? [organization.seatPlaceId] : [])));
  const byOrganization = parties.find((party) => party.organization && organizationIds.has(party.organization.id));
  const bySeat = parties.find((party) => (party.place && seats.has(party.place.id)) || (party.organization?.seatPlaceId && seats.has(party.organization.seatPlaceId)));
  return (byOrganization ?? bySeat)?.id ?? '';
}
