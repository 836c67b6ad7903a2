import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
for (const language of ['de', 'en', 'uk']) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`) as countries.LocaleData);
}

export interface CountryNames {
  code: string;
  names: { de: string; en: string; uk: string };
}

/** Every ISO 3166-1 country (and Kosovo, XK) with its names in German, English and Ukrainian. */
export function listCountries(): CountryNames[] {
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((code) => ({
      code,
      names: {
        de: countries.getName(code, 'de') ?? code,
        en: countries.getName(code, 'en') ?? code,
        uk: countries.getName(code, 'uk') ?? code,
      },
    }));
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}
