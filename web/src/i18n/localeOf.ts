import type { Language } from './languages';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB', uk: 'uk-UA' };

/** The locale used for dates and numbers in a UI language. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}
