import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';
import { parseIsoDate } from './parseIsoDate';

/** The generic name of an IANA time zone in the UI language, e.g. "Mitteleuropäische Zeit". */
export function timeZoneName(timeZone: string, onDate: string, language: Language): string | null {
  try {
    const parts = new Intl.DateTimeFormat(localeOf(language), { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
      parseIsoDate(onDate),
    );
    const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
    return name && language === 'uk' ? ukrainianStandalone(name) : name;
  } catch {
    return null;
  }
}

/** "Mitteleuropäische Zeit (Europe/Berlin)": the zone's name in the UI language and, to tell zones of one name apart, its IANA id. */
export function timeZoneLabel(timeZone: string, onDate: string, language: Language): string {
  const id = timeZone.replace(/_/g, ' ');
  const name = timeZoneName(timeZone, onDate, language);
  return name ? `${name} (${id})` : id;
}

/**
 * Ukrainian names of time zones come as they follow a clock time ("за центральноєвропейським
 * часом", by Central European time); standing alone as a value they read in the nominative:
 * "центральноєвропейський час".
 */
function ukrainianStandalone(name: string): string {
  const words = /^за (.+) часом$/u.exec(name)?.[1];
  if (!words) return name;
  // The adjectives change from the instrumental to the nominative: -им → -ий, -ім → -ій.
  return `${words.replace(/им(?=\s|$)/gu, 'ий').replace(/ім(?=\s|$)/gu, 'ій')} час`;
}
