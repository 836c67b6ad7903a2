import type { TFunction } from 'i18next';
import type { LocalizedText } from '../../lib/api/types';
import { formatNumber } from '../../lib/formatNumber';
import { pickText } from '../../lib/pickText';
import { localeOf } from '../../i18n/localeOf';
import type { Language } from '../../i18n/languages';
import type { SuggestionReason } from './matchingApi';
import { languageName } from '../../lib/languageName';

export { languageName };

/** One reason of a suggestion as a sentence in the UI language, with names and figures localised. */
export function reasonText(reason: SuggestionReason, t: TFunction, language: Language): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(reason.params)) {
    if (typeof value === 'number') values[key] = key === 'count' ? value : formatNumber(value, language);
    else if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(value.map((code) => languageName(code, language)));
    else values[key] = pickText(value as LocalizedText, language).text;
  }
  return t(`matching.reason.${reason.code}`, values);
}
