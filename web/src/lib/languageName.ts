import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';

/** A language code (uk) as its name in the UI language (Ukrainisch, українська). */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
