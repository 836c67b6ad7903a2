import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';
import { parseIsoDate } from './parseIsoDate';

export type DatePrecision = 'year' | 'month' | 'day';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

/** A date known only to the year ("1961") or month ("Mai 2018") shows no more than is known. */
export function formatPartialDate(iso: string, precision: DatePrecision, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { ...OPTIONS[precision], timeZone: 'UTC' }).format(parseIsoDate(iso));
}
