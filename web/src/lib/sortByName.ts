import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';

/** Sorts a copy of `items` alphabetically by the name shown in the UI language. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, language: Language): T[] {
  const collator = new Intl.Collator(localeOf(language));
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
