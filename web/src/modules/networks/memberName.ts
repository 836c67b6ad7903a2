import type { Language } from '../../i18n/languages';
import { pickName } from '../../lib/pickName';
import type { NetworkMember } from './networkApi';

/** The member town's or organisation's name in the reader's language. */
export function memberName(member: Pick<NetworkMember, 'place' | 'organization'>, language: Language): string {
  if (member.place) return pickName(member.place.names, member.place.name, language).text;
  if (member.organization) return pickName(member.organization.names, member.organization.name, language).text;
  return '';
}
