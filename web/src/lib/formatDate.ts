import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';
import { parseIsoDate } from './parseIsoDate';

/** A calendar date in the UI locale, e.g. "14. Mai 2018" / "14 May 2018" / "14 травня 2018 р.". */
export function formatDate(iso: string, language: Language, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: style, timeZone: 'UTC' }).format(parseIsoDate(iso));
}
