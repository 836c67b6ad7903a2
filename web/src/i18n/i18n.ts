import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { ERROR_TEXTS } from './errorTexts';
import { isLanguage } from './isLanguage';
import { nestedQuotesPostProcessor } from './nestedQuotes';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, type Language } from './languages';

const TEXTS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  de: () => import('./de.json'),
  en: () => import('./en.json'),
  uk: () => import('./uk.json'),
};

/**
 * Each language's texts are a chunk of their own, fetched when the language is first used (at
 * start, or by changeLanguage, which waits for them), so a page ships one language, not three.
 * `errorCodes` holds the texts of the API's error codes (see errorTexts.ts).
 */
const languageChunks: BackendModule = {
  type: 'backend',
  init: () => {},
  read(language, _namespace, done) {
    if (!isLanguage(language)) return done(null, {});
    Promise.all([TEXTS[language](), ERROR_TEXTS[language]()]).then(
      ([texts, errorTexts]) => done(null, { ...texts.default, errorCodes: errorTexts.default }),
      (error: Error) => done(error, null),
    );
  },
};

/** German unless the user chose another language, which is remembered in localStorage. */
export const i18nReady = i18n
  .use(languageChunks)
  .use(LanguageDetector)
  .use(initReactI18next)
  .use(nestedQuotesPostProcessor)
  .init({
    postProcess: ['nestedQuotes'],
    supportedLngs: [...LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    nonExplicitSupportedLngs: false,
    load: 'languageOnly',
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
void i18nReady.then(() => syncDocumentLanguage(i18n.resolvedLanguage ?? DEFAULT_LANGUAGE));
i18n.on('languageChanged', () => syncDocumentLanguage(i18n.resolvedLanguage ?? DEFAULT_LANGUAGE));

export default i18n;
