import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { Delegation } from './exchangeTypes';

/** Where a delegation comes from: a town or an organization. */
export function DelegationOrigin({ delegation }: { delegation: Delegation }) {
  if (delegation.fromPlace) return <PlaceName place={delegation.fromPlace} />;
  if (delegation.fromOrganization) return <OrganizationName organization={delegation.fromOrganization} />;
  return null;
}
