import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { Party } from './partnershipApi';

export function PartyName({ party }: { party: Party }) {
  if (party.place) return <PlaceName place={party.place} />;
  if (party.organization) return <OrganizationName organization={party.organization} />;
  return null;
}
