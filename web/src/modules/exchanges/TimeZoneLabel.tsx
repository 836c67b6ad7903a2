import { timeZoneName } from '../../lib/timeZoneName';
import { useLanguage } from '../../lib/useLanguage';

/** "Mitteleuropäische Zeit (Europe/Berlin)": the zone's name in the UI language and its IANA id. */
export function TimeZoneLabel({ timeZone, onDate }: { timeZone: string; onDate: string }) {
  const language = useLanguage();
  const name = timeZoneName(timeZone, onDate, language);
  return <>{name ? `${name} (${timeZone})` : timeZone}</>;
}
