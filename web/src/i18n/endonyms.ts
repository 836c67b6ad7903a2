import type { Language } from './languages';

/** Each language named in itself, so a reader finds theirs whatever the current UI language. */
export const ENDONYMS: Record<Language, string> = { de: 'Deutsch', en: 'English', uk: 'Українська' };
