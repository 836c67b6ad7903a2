import type { Language } from '../i18n/languages';
import type { LocalizedText } from './api/types';
import { pickText, type PickedText } from './pickText';

/**
 * The title of a linked record whose names come with its own (local) name under `und`: the
 * name in the UI language, else the local name ("Stadt Leipzig", not "City of Leipzig"), else
 * any other.
 */
export function pickTitle(title: LocalizedText | null | undefined, language: Language): PickedText {
  const names = title ?? {};
  const inLanguage = names[language];
  if (inLanguage) return { text: inLanguage, lang: language };
  const local = names.und;
  if (local) {
    const tag = Object.keys(names).find((candidate) => candidate !== 'und' && names[candidate] === local) ?? null;
    return { text: local, lang: tag };
  }
  return pickText(names, language);
}
