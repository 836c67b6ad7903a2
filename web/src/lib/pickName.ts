import type { Language } from '../i18n/languages';
import type { LocalizedText } from './api/types';
import { pickText, type PickedText } from './pickText';

/** A place or organization as far as its name goes. */
export interface NamedRecord {
  names: LocalizedText;
  name: string;
}

/**
 * The name of a place or organization: in the UI language if there is one, else its own
 * (local) name — "Landeshauptstadt München" reads better to a German user than an English
 * translation — else the usual fallback languages.
 */
export function pickName(names: LocalizedText, localName: string, language: Language): PickedText {
  const inLanguage = names[language];
  if (inLanguage) return { text: inLanguage, lang: language };
  if (localName) {
    const tag = Object.keys(names).find((candidate) => names[candidate] === localName) ?? null;
    return { text: localName, lang: tag };
  }
  return pickText(names, language);
}
