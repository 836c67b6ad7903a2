import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { Delegation } from './exchangeApi';

/** A delegation as readers know it: its own name if it has one, and the town or organization it comes from. */
export function DelegationOrigin({ delegation }: { delegation: Delegation }) {
  const origin = delegation.fromPlace ? <PlaceName place={delegation.fromPlace} /> : delegation.fromOrganization ? <OrganizationName organization={delegation.fromOrganization} /> : null;
  if (Object.values(delegation.name).every((text) => !text?.trim())) return origin;
  return (
    <>
      <LocalizedText value={delegation.name} />
      {origin && <span className="kern-body kern-body--small delegation-origin"> ({origin})</span>}
    </>
  );
}
