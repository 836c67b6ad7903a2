import { VALUE_LISTS_BY_FIELD, VALUE_LISTS_BY_RECORD } from '../../lib/api/auditValueLists';

/** Lists the history names that exports do not (they exist only among the web app's translations). */
const WEB_ONLY: Record<string, Record<string, readonly string[]>> = {
  area_monitor: { direction: ['areas.directions'] },
};

/**
 * Where the names of a recorded code are translated: the first of these i18n prefixes that
 * knows the value wins. By kind of record first, then by field alone, as the server's export has it.
 */
export function enumPrefixes(entityType: string, field: string): string[] {
  return [...(WEB_ONLY[entityType]?.[field] ?? []), ...(VALUE_LISTS_BY_RECORD[entityType]?.[field] ?? []), ...(VALUE_LISTS_BY_FIELD[field] ?? [])];
}
