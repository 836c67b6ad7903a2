import type { Language } from '../../i18n/languages';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import type { Delegation } from './exchangeApi';

/** How a delegation is called in lists and choices: its own name, else the town or organization it comes from. */
export function delegationLabel(delegation: Delegation, language: Language): string {
  const own = pickText(delegation.name, language).text;
  if (own) return own;
  if (delegation.fromPlace) return pickName(delegation.fromPlace.names, delegation.fromPlace.name, language).text;
  if (delegation.fromOrganization) return pickName(delegation.fromOrganization.names, delegation.fromOrganization.name, language).text;
  return '';
}
