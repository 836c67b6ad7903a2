import { Fragment } from 'react';
import { PartyName } from './PartyName';
import type { Party } from './partnershipApi';

/** The parties of a partnership in one line: "Leipzig ↔ Kyiv". */
export function PartyNames({ parties }: { parties: Party[] }) {
  return (
    <>
      {parties.map((party, index) => (
        <Fragment key={party.place?.id ?? party.organization?.id ?? index}>
          {index > 0 && <span aria-hidden="true"> ↔ </span>}
          {index > 0 && <span className="kern-sr-only">, </span>}
          <PartyName party={party} />
        </Fragment>
      ))}
    </>
  );
}
