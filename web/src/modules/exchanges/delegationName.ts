import type { Language } from '../../i18n/languages';
import { pickName } from '../../lib/pickName';
import type { Delegation } from './exchangeApi';

/** A delegation as plain text (its town or organization in the reader's language), for sorting and option labels. */
export function delegationName(delegation: Delegation | undefined, language: Language): string {
  if (delegation?.fromPlace) return pickName(delegation.fromPlace.names, delegation.fromPlace.name, language).text;
  if (delegation?.fromOrganization) return pickName(delegation.fromOrganization.names, delegation.fromOrganization.name, language).text;
  return '';
}
