import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import uk from './uk.json';
import { ERROR_TEXTS } from './errorTexts';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY } from './languages';

/** `errorCodes` holds the texts of the API's error codes (see errorTexts.ts). */
const resources = {
  de: { translation: { ...de, errorCodes: ERROR_TEXTS.de } },
  en: { translation: { ...en, errorCodes: ERROR_TEXTS.en } },
  uk: { translation: { ...uk, errorCodes: ERROR_TEXTS.uk } },
} as const;

/** German unless the user chose another language, which is remembered in localStorage. */
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    nonExplicitSupportedLngs: false,
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

/** `<html lang>` always names the UI language, for screen readers, hyphenation and fonts. */
function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.resolvedLanguage ?? DEFAULT_LANGUAGE);
i18n.on('languageChanged', () => syncDocumentLanguage(i18n.resolvedLanguage ?? DEFAULT_LANGUAGE));

export default i18n;
