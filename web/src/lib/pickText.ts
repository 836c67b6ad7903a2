import type { Language } from '../i18n/languages';
import type { LocalizedText } from './api/types';

export interface PickedText {
  text: string;
  /** The language tag of `text`, or null when it is not known. */
  lang: string | null;
}

const FALLBACK_ORDER = ['de', 'en', 'uk'];

/**
 * Picks the text in the UI language, else German, English, Ukrainian, else the first
 * language available; `fallback` (e.g. a local name of unknown language) comes last.
 */
export function pickText(value: LocalizedText | null | undefined, language: Language, fallback = ''): PickedText {
  const entries = value ?? {};
  for (const tag of [language, ...FALLBACK_ORDER]) {
    const text = entries[tag];
    if (text) return { text, lang: tag };
  }
  for (const [tag, text] of Object.entries(entries)) {
    if (text) return { text, lang: tag };
  }
  return { text: fallback, lang: null };
}
