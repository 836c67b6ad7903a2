import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';
import { parseIsoDate } from './parseIsoDate';

/** The generic name of an IANA time zone in the UI language, e.g. "Mitteleuropäische Zeit". */
export function timeZoneName(timeZone: string, onDate: string, language: Language): string | null {
  try {
    const parts = new Intl.DateTimeFormat(localeOf(language), { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
      parseIsoDate(onDate),
    );
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}
