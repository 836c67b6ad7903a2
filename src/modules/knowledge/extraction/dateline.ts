import { findDateMentions } from './dates.js';

/** What opens a news item before its first sentence: "Leipzig, 12. Mai 2025." */
export interface Dateline {
  start: number;
  /** Where the news itself begins (after the dateline's full stop, colon or dash). */
  end: number;
  /** The day of the dateline (YYYY-MM-DD): the day the news was published. */
  date: string;
}

/** A town (one to four words, an agency in brackets allowed) and a comma or slash before the date. */
const PLACE = /^\s*\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3}(?:\s*\([^()\n]{1,30}\))?\s*[,/]\s*/u;
/** What may close a dateline: "2025.", "2025:", "2025 –", "2025 р." */
const CLOSE = /^(?:\s*(?:р\.|року))?\s*(?:[.:–—-]|\s(?=\p{Lu}))\s*/u;

/**
 * The dateline a news item opens with ("Leipzig, 12. Mai 2025. Die Stadt …", "KYIV, 3 June 2024 –
 * …", "Вінниця, 5 червня 2024 р. …"): a town, a day with its year, and a stop. It is neither the
 * title nor a sentence of the news; its day is when the news was published.
 */
export function findDateline(text: string): Dateline | null {
  const place = PLACE.exec(text);
  if (!place) return null;
  const dateStart = place[0].length;
  const head = text.slice(0, dateStart + 40);
  const date = findDateMentions(head).find((mention) => mention.start === dateStart);
  if (!date || date.precision !== 'day' || date.yearInferred || date.startDate !== date.endDate) return null;
  const close = CLOSE.exec(text.slice(date.end));
  if (!close) return null;
  const start = text.length - text.trimStart().length;
  return { start, end: date.end + close[0].length, date: date.startDate };
}
