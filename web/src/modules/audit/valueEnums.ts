import { VALUE_LISTS_BY_FIELD, VALUE_LISTS_BY_RECORD } from '../../lib/api/auditValueLists';

/**
 * Where the names of a recorded code are translated: the first of these i18n prefixes that
 * knows the value wins. By kind of record first, then by field alone, as the server's export has it.
 */
export function enumPrefixes(entityType: string, field: string): string[] {
  return [...(VALUE_LISTS_BY_RECORD[entityType]?.[field] ?? []), ...(VALUE_LISTS_BY_FIELD[field] ?? [])];
}
