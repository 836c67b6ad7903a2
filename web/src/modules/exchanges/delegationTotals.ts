import type { Delegation } from './exchangeApi';

export interface DelegationTotals {
  delegations: number;
  /** Distinct countries of the delegations (of their town, or of their organization's seat). */
  countries: number;
  /** The sum of the known sizes. */
  people: number;
}

export function delegationTotals(delegations: Delegation[]): DelegationTotals {
  const countries = new Set(delegations.map((delegation) => delegation.countryCode).filter(Boolean));
  const people = delegations.reduce((sum, delegation) => sum + (delegation.size ?? 0), 0);
  return { delegations: delegations.length, countries: countries.size, people };
}
