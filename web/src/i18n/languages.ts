/** The languages of the user interface; German is the default. */
export const LANGUAGES = ['de', 'en', 'uk'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'de';

/** Where the chosen UI language is remembered in localStorage. */
export const LANGUAGE_STORAGE_KEY = 'stadtdialog.language';
