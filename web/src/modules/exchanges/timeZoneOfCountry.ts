import zones from '../../../../src/core/time/country-time-zones.json';

/** The server's table of the time zone of events by country (its capital's). */
const ZONE_OF_COUNTRY: Readonly<Record<string, string>> = zones;

/** Where a venue lies decides the local time of a new exchange, unless its planner chose a zone. */
export const timeZoneOfCountry = (countryCode: string | null | undefined): string | undefined => (countryCode ? ZONE_OF_COUNTRY[countryCode.toUpperCase()] : undefined);
