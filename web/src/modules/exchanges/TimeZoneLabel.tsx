import { timeZoneLabel } from '../../lib/timeZoneName';
import { useLanguage } from '../../lib/useLanguage';

/** "Mitteleuropäische Zeit (Europe/Berlin)": the zone's name in the UI language and its IANA id. */
export function TimeZoneLabel({ timeZone, onDate }: { timeZone: string; onDate: string }) {
  const language = useLanguage();
  return <>{timeZoneLabel(timeZone, onDate, language)}</>;
}
