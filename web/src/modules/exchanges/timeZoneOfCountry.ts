/** The time zone of a country with a single one among those offered first when planning (Kosovo uses Belgrade's). */
const ZONE_OF_COUNTRY: Readonly<Record<string, string>> = {
  DE: 'Europe/Berlin',
  UA: 'Europe/Kyiv',
  RS: 'Europe/Belgrade',
  XK: 'Europe/Belgrade',
  PL: 'Europe/Warsaw',
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  ZA: 'Africa/Johannesburg',
  IN: 'Asia/Kolkata',
};

/** Where a venue lies decides the local time of a new exchange, unless its planner chose a zone. */
export const timeZoneOfCountry = (countryCode: string | null | undefined): string | undefined => (countryCode ? ZONE_OF_COUNTRY[countryCode.toUpperCase()] : undefined);
