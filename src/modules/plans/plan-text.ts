import type { LocalizedText } from '../../core/db/columns.js';

/** The text in `language`, else German, English, Ukrainian or any other given. */
export function pickLocalized(value: LocalizedText | null | undefined, language = 'de'): string {
  if (!value) return '';
  return value[language] || value.de || value.en || value.uk || Object.values(value).find((text) => text.trim() !== '') || '';
}
