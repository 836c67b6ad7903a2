import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';

/** The name of an ISO 3166 country (or territory, e.g. XK) in the UI language. */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
