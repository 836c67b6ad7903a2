import timeZones from './country-time-zones.json' with { type: 'json' };

const TIME_ZONES: Record<string, string> = timeZones;

/** The time zone of events in a country (its capital's), Europe/Berlin where the list has none or no country is known. */
export const timeZoneOfCountry = (countryCode: string | null | undefined): string => TIME_ZONES[countryCode ?? 'DE'] ?? 'Europe/Berlin';
