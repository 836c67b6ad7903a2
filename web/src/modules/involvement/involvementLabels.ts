import { exchangeOrganizationRoleValues, projectPartnerRoleValues } from '../../lib/api/enums';
import type { TFunction } from 'i18next';
import type de from '../../i18n/de.json';
import type { InvolvementEntry } from './involvementApi';

type OtherRole = keyof typeof de.involvement.role;
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The name of a role in the language of the page: an exchange's or project's role list, or the roles of involvement. */
export function roleLabel(t: TFunction, kind: InvolvementEntry['kind'], role: string): string {
  if (kind === 'exchange' && isOneOf(exchangeOrganizationRoleValues, role)) return t(`enums.organizationRole.${role}`);
  if (kind === 'project' && isOneOf(projectPartnerRoleValues, role)) return t(`projects.roles.${role}`);
  return t(`involvement.role.${role as OtherRole}`);
}

/** The roles in the order of their list (host before client, preparation before follow-up), named. */
export function roleLabels(t: TFunction, kind: InvolvementEntry['kind'], roles: string[]): string {
  const order: readonly string[] = kind === 'exchange' ? exchangeOrganizationRoleValues : kind === 'project' ? projectPartnerRoleValues : [];
  const rank = (role: string) => (order.includes(role) ? order.indexOf(role) : order.length);
  return [...roles]
    .sort((a, b) => rank(a) - rank(b))
    .map((role) => roleLabel(t, kind, role))
    .join(', ');
}

/** The kind of an exchange, partnership, network or document, for the records whose kind says something. */
export function subkindLabel(t: TFunction, entry: InvolvementEntry): string | null {
  if (!entry.subkind) return null;
  switch (entry.kind) {
    case 'exchange':
      return t(`enums.exchangeKind.${entry.subkind as keyof typeof de.enums.exchangeKind}`);
    case 'partnership':
      return t(`enums.partnershipKind.${entry.subkind as keyof typeof de.enums.partnershipKind}`);
    case 'network':
      return t(`enums.networkKind.${entry.subkind as keyof typeof de.enums.networkKind}`);
    case 'document':
      return t(`documents.kinds.${entry.subkind as keyof typeof de.documents.kinds}`);
    default:
      return null;
  }
}
