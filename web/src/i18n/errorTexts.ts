import type { Language } from './languages';

/**
 * The words for the API's field and problem codes, per UI language. The server answers in the same
 * words (per Accept-Language), so both come from one catalogue. Loaded with the language.
 */
export const ERROR_TEXTS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  de: () => import('../../../src/core/i18n/error-texts/de.json'),
  en: () => import('../../../src/core/i18n/error-texts/en.json'),
  uk: () => import('../../../src/core/i18n/error-texts/uk.json'),
};
