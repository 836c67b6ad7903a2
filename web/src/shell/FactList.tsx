import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  /** Facts without a value are left out. */
  value: ReactNode | null | undefined;
}

/** Key facts of a record as a KERN description list. */
export function FactList({ facts, empty }: { facts: Fact[]; /** Said instead when no fact has a value. */ empty?: string }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== false && fact.value !== '');
  if (shown.length === 0 && empty) return <p className="kern-body">{empty}</p>;
  return (
    <dl className="kern-description-list">
      {shown.map((fact) => (
        <div key={fact.label} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{fact.label}</dt>
          <dd className="kern-description-list-item__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
