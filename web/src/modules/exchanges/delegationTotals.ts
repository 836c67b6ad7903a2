import type { Delegation } from './exchangeTypes';

export interface DelegationTotals {
  delegations: number;
  /** Distinct countries of the delegations that come from a place. */
  countries: number;
  /** The sum of the known sizes. */
  people: number;
}

export function delegationTotals(delegations: Delegation[]): DelegationTotals {
  const countries = new Set(delegations.map((delegation) => delegation.fromPlace?.countryCode).filter(Boolean));
  const people = delegations.reduce((sum, delegation) => sum + (delegation.size ?? 0), 0);
  return { delegations: delegations.length, countries: countries.size, people };
}
