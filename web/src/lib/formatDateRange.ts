import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';
import { parseIsoDate } from './parseIsoDate';

/** A span of calendar days in the UI locale, e.g. "28.–29. November 2023"; one day shows as a date. */
export function formatDateRange(start: string, end: string, language: Language): string {
  const format = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (start === end) return format.format(parseIsoDate(start));
  return format.formatRange(parseIsoDate(start), parseIsoDate(end));
}
