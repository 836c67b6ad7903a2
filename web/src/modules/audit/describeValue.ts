import type { TFunction } from 'i18next';
import { ENDONYMS } from '../../i18n/endonyms';
import { isLanguage } from '../../i18n/isLanguage';
import type { Language } from '../../i18n/languages';
import { formatDateTime } from '../../lib/formatDateTime';
import { formatNumber } from '../../lib/formatNumber';
import { formatPartialDate, type DatePrecision } from '../../lib/formatPartialDate';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../partnerships/partnershipEnums';
import { WORKSPACE_ROLES } from '../workspaces/workspaceRoles';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];
const VISIBILITIES = ['public', 'workspace', 'private'] as const;
const SCOPES = ['read', 'write'] as const;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => values.find((candidate) => candidate === value);

/**
 * A recorded value as a reader expects it: roles, kinds and statuses by their names in the UI
 * language, dates in the local format, lists by their length; anything else as text. Values
 * are only ever shown as text, never as markup.
 */
export function describeValue(field: string, value: unknown, entityType: string, t: TFunction, language: Language, precision?: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit.emptyValue');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value, language);
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string' && !/^[0-9a-f-]{36}$/i.test(item))) return value.join(', ');
    return t('audit.entries', { count: value.length });
  }
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (field === 'password') return t('audit.passwordSet');
  const role = field === 'role' ? oneOf(WORKSPACE_ROLES, text) : undefined;
  if (role) return t(`enums.workspaceRole.${role}`);
  const visibility = field === 'visibility' ? oneOf(VISIBILITIES, text) : undefined;
  if (visibility) return t(`enums.visibility.${visibility}`);
  const scope = field === 'scope' ? oneOf(SCOPES, text) : undefined;
  if (scope) return t(`enums.tokenScope.${scope}`);
  if (field === 'language' && isLanguage(text)) return ENDONYMS[text];
  if (entityType === 'partnership') {
    const kind = field === 'kind' ? oneOf(PARTNERSHIP_KINDS, text) : undefined;
    if (kind) return t(`enums.partnershipKind.${kind}`);
    const status = field === 'status' ? oneOf(PARTNERSHIP_STATUSES, text) : undefined;
    if (status) return t(`enums.partnershipStatus.${status}`);
  }
  if (DAY.test(text)) return formatPartialDate(text, oneOf(PRECISIONS, precision) ?? 'day', language);
  if (MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return formatDateTime(text, language);
  return text;
}
