import type { DateMention, DatePrecision } from './extraction.types.js';

/** Month names and abbreviations in German, English and Ukrainian (nominative and genitive). */
const MONTHS: Record<string, number> = {
  Januar: 1, Jänner: 1, January: 1, Jan: 1, Februar: 2, February: 2, Feb: 2, Febr: 2, März: 3, Maerz: 3, March: 3, Mär: 3, Mar: 3,
  April: 4, Apr: 4, Mai: 5, May: 5, Juni: 6, June: 6, Jun: 6, Juli: 7, July: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sept: 9,
  Sep: 9, Oktober: 10, October: 10, Okt: 10, Oct: 10, November: 11, Nov: 11, Dezember: 12, December: 12, Dez: 12, Dec: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11,
  грудня: 12, січень: 1, лютий: 2, березень: 3, квітень: 4, травень: 5, червень: 6, липень: 7, серпень: 8, вересень: 9,
  жовтень: 10, листопад: 11, грудень: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?:\\.|(?![\\p{L}]))`;
const DAY = '(\\d{1,2})';
const ORDINAL = '(?:st|nd|rd|th|-?го)?';
const YEAR = '(\\d{4})(?!\\d)';
const YEAR_SUFFIX = '(?:\\s*(?:року|р\\.))?';
/** Between the two ends of a range: a dash, a slash, "bis (zum)", "to", "until", "und", "and". */
const SEP = '\\s*(?:-|/|bis(?:\\s+(?:zum|einschließlich))?|to|until|till|through|und|and|по|до)\\s*';
const NOT_AFTER_DIGIT = '(?<![\\d.])';

interface PartialDate {
  year?: number;
  month: number;
  day?: number;
}

interface RawMention {
  start: number;
  end: number;
  from: PartialDate;
  to: PartialDate;
  precision: DatePrecision;
  /** For "dieses Jahres", "last year": the year relative to the reference date. */
  relativeYear?: number;
  /** For "heute", "gestern": days from the reference date. */
  relativeDay?: number;
}

type Builder = (groups: (string | undefined)[]) => Omit<RawMention, 'start' | 'end'> | null;

const month = (name: string | undefined) => (name === undefined ? NaN : (MONTHS[name] ?? NaN));
const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const fullYear = (value: string | undefined) => {
  if (value === undefined) return undefined;
  const year = Number(value);
  return value.length === 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
};
const day = (year: number | undefined, monthNumber: number, dayNumber: number): PartialDate => ({ year, month: monthNumber, day: dayNumber });
const range = (from: PartialDate, to: PartialDate): Omit<RawMention, 'start' | 'end'> => ({ from, to, precision: 'day' });
const single = (date: PartialDate): Omit<RawMention, 'start' | 'end'> => range(date, date);

const RELATIVE_YEARS: Record<string, number> = {
  'dieses Jahres': 0, 'diesen Jahres': 0, 'this year': 0, 'letzten Jahres': -1, 'vergangenen Jahres': -1, 'des Vorjahres': -1,
  'last year': -1, 'nächsten Jahres': 1, 'kommenden Jahres': 1, 'next year': 1, 'цього року': 0, 'минулого року': -1,
  'наступного року': 1,
};
const RELATIVE_YEAR = `(${Object.keys(RELATIVE_YEARS).join('|')})`;
const RELATIVE_DAYS: Record<string, number> = { heute: 0, today: 0, gestern: -1, yesterday: -1, morgen: 1, tomorrow: 1, сьогодні: 0 };

/** The patterns, longest forms first; where two overlap, the longer match wins. */
const PATTERNS: { re: RegExp; build: Builder }[] = [
  // 2023-11-28
  { re: new RegExp(`${NOT_AFTER_DIGIT}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, 'gu'), build: ([y, m, d]) => single(day(num(y), num(m)!, num(d)!)) },
  // 16.09. bis 21.09.2015, 28.12.2023 - 02.01.2024
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2}(?!\\d))?${SEP}${DAY}\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?!\\d)`, 'gu'),
    build: ([d1, m1, y1, d2, m2, y2]) => range(day(fullYear(y1), num(m1)!, num(d1)!), day(fullYear(y2), num(m2)!, num(d2)!)),
  },
  // 18.-21.09.2015, 16.-18. 09.2015, 16./17.09.2015
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}\\.?${SEP}${DAY}\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?!\\d)`, 'gu'),
    build: ([d1, d2, m, y]) => range(day(fullYear(y), num(m)!, num(d1)!), day(fullYear(y), num(m)!, num(d2)!)),
  },
  // 28.11.2023
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?!\\d|\\.\\d)`, 'gu'),
    build: ([d, m, y]) => single(day(fullYear(y), num(m)!, num(d)!)),
  },
  // am 23.10. (no year): only after a preposition, so "1.2." in a list is not a date
  {
    re: new RegExp(`(?<=\\b(?:am|vom|ab|bis|zum|seit|den|on)\\s)${DAY}\\.(\\d{1,2})\\.(?!\\d)`, 'gu'),
    build: ([d, m]) => single(day(undefined, num(m)!, num(d)!)),
  },
  // 30. November bis 2. Dezember 2023
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}\\.\\s*${MONTH}(?:\\s+${YEAR})?${SEP}${DAY}\\.\\s*${MONTH}(?:\\s+${YEAR})?`, 'gu'),
    build: ([d1, m1, y1, d2, m2, y2]) => range(day(num(y1), month(m1), num(d1)!), day(num(y2), month(m2), num(d2)!)),
  },
  // 28. bis 29. November 2023, 28./29. November, 3. Dezember
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}\\.\\s*(?:${SEP}${DAY}\\.\\s*)?${MONTH}(?:\\s+${YEAR})?`, 'gu'),
    build: ([d1, d2, m, y]) => range(day(num(y), month(m), num(d1)!), day(num(y), month(m), num(d2 ?? d1)!)),
  },
  // 30 November – 2 December 2023
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}${ORDINAL}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?${SEP}${DAY}${ORDINAL}(?:\\s+of)?\\s+${MONTH},?(?:\\s+${YEAR})?`, 'gu'),
    build: ([d1, m1, y1, d2, m2, y2]) => range(day(num(y1), month(m1), num(d1)!), day(num(y2), month(m2), num(d2)!)),
  },
  // 28 to 29 November 2023, 28–29 November, 28th of November 2023, 28 листопада 2023 року
  {
    re: new RegExp(`${NOT_AFTER_DIGIT}${DAY}${ORDINAL}(?:${SEP}${DAY}${ORDINAL})?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR}${YEAR_SUFFIX})?`, 'gu'),
    build: ([d1, d2, m, y]) => range(day(num(y), month(m), num(d1)!), day(num(y), month(m), num(d2 ?? d1)!)),
  },
  // November 30 – December 2, 2023
  {
    re: new RegExp(`${MONTH}\\s+${DAY}${ORDINAL}(?!\\d)${SEP}${MONTH}\\s+${DAY}${ORDINAL}(?!\\d)(?:,?\\s+${YEAR})?`, 'gu'),
    build: ([m1, d1, m2, d2, y]) => range(day(num(y), month(m1), num(d1)!), day(num(y), month(m2), num(d2)!)),
  },
  // November 28–29, 2023, November 28, 2023
  {
    re: new RegExp(`${MONTH}\\s+${DAY}${ORDINAL}(?![\\d.])(?:${SEP}${DAY}${ORDINAL}(?!\\d))?(?:,?\\s+${YEAR})?`, 'gu'),
    build: ([m, d1, d2, y]) => range(day(num(y), month(m), num(d1)!), day(num(y), month(m), num(d2 ?? d1)!)),
  },
  // Mai dieses Jahres, May last year
  {
    re: new RegExp(`${MONTH}\\s+${RELATIVE_YEAR}(?![\\p{L}])`, 'gu'),
    build: ([m, relative]) => ({ from: { month: month(m) }, to: { month: month(m) }, precision: 'month', relativeYear: RELATIVE_YEARS[relative!] ?? 0 }),
  },
  // September 2018, вересень 2018 року
  {
    re: new RegExp(`${MONTH}\\s+${YEAR}${YEAR_SUFFIX}`, 'gu'),
    build: ([m, y]) => ({ from: { year: num(y), month: month(m) }, to: { year: num(y), month: month(m) }, precision: 'month' }),
  },
  // im Mai, Ende Oktober, in March (the year from the context)
  {
    re: new RegExp(`(?<=\\b(?:im|in|Anfang|Mitte|Ende|seit|since|early|mid|late|у|в)\\s)${MONTH}(?!\\s*\\d)`, 'gu'),
    build: ([m]) => ({ from: { month: month(m) }, to: { month: month(m) }, precision: 'month' }),
  },
  // heute, today, gestern, yesterday, morgen, tomorrow (lower case "morgen": "Morgen" is the morning)
  {
    re: /(?<![\p{L}])(heute|Heute|today|Today|gestern|Gestern|yesterday|Yesterday|morgen|tomorrow|Tomorrow|сьогодні|Сьогодні)(?![\p{L}])/gu,
    build: ([word]) => ({ from: { month: 0 }, to: { month: 0 }, precision: 'day', relativeDay: RELATIVE_DAYS[word!.toLowerCase()] ?? 0 }),
  },
];

export interface DateContext {
  /** YYYY-MM-DD: the publication date, the reference for dates without a year. */
  published?: string;
}

export const MS_PER_DAY = 86_400_000;

function utc(year: number, monthNumber: number, dayNumber: number): number {
  return Date.UTC(year, monthNumber - 1, dayNumber);
}

export function isValidDate(year: number, monthNumber: number, dayNumber: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || !(monthNumber >= 1 && monthNumber <= 12) || !(dayNumber >= 1)) return false;
  const date = new Date(utc(year, monthNumber, dayNumber));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === dayNumber;
}

export function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, monthNumber, dayNumber] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, monthNumber, dayNumber) ? utc(year, monthNumber, dayNumber) : null;
}

export function addDays(isoDate: string, days: number): string {
  return formatDate(parseIsoDate(isoDate)! + days * MS_PER_DAY);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((parseIsoDate(toIso)! - parseIsoDate(fromIso)!) / MS_PER_DAY);
}

function rawMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      const built = build(match.slice(1));
      if (built) {
        const { from, to, precision, relativeYear, relativeDay } = built;
        found.push({ start: match.index, end: match.index + match[0].length, from, to, precision, relativeYear, relativeDay });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMention[] = [];
  let reached = -1;
  for (const mention of found) {
    if (mention.start < reached) continue;
    kept.push(mention);
    reached = mention.end;
  }
  return kept;
}

/**
 * The year that puts month/day closest to the reference date. A report mostly tells of what
 * happened, so a date ahead of it counts twice as far as one behind it.
 */
function nearestYear(reference: number, monthNumber: number, dayNumber: number): number {
  const referenceYear = new Date(reference).getUTCFullYear();
  let best = referenceYear;
  let bestDistance = Infinity;
  for (const year of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const safeDay = Math.min(dayNumber, 28);
    const offset = utc(year, monthNumber, safeDay) - reference;
    const distance = offset > 0 ? offset * 2 : -offset;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = year;
    }
  }
  return best;
}

function lastDayOfMonth(year: number, monthNumber: number): number {
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/**
 * Every date and range of dates in the text, resolved to calendar dates. A date without a
 * year takes the year that puts it nearest the publication date; without one, the year of the
 * nearest date in the text that has one. "heute"/"today" need the publication date.
 */
export function findDateMentions(text: string, context: DateContext = {}): DateMention[] {
  const raws = rawMentions(text);
  const published = context.published ? parseIsoDate(context.published) : null;
  const explicitYears = raws.filter((raw) => raw.to.year !== undefined || raw.from.year !== undefined);
  const mentions: DateMention[] = [];
  for (const raw of raws) {
    let reference = published;
    let textYear: number | undefined;
    if (reference === null) {
      // The nearest written year stands in for the publication date.
      const nearest = nearestByStart(explicitYears, raw.start);
      textYear = nearest?.to.year ?? nearest?.from.year;
      if (textYear !== undefined) reference = utc(textYear, 7, 1);
    }
    const resolved = resolve(raw, reference, textYear);
    if (!resolved) continue;
    mentions.push({ start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), ...resolved });
  }
  return joinSpelledRanges(text, mentions);
}

/** "bis"/"to"/"по" between two days, with a weekday after it: "von Montag, 12. Mai, bis Freitag, 16. Mai 2025". */
const RANGE_GLUE = /^\s*,?\s*(?:bis(?: zum| einschließlich)?|to|until|till|through|–|—|-|до|по)\s+(?:\p{L}+,?\s+)?$/iu;
const MAX_RANGE_DAYS = 31;

/** Two days written as the ends of one range ("from Monday, 12 May, to Friday, 16 May 2025") are one mention. */
function joinSpelledRanges(text: string, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      previous.precision === 'day' &&
      mention.precision === 'day' &&
      previous.startDate === previous.endDate &&
      mention.startDate > previous.endDate &&
      daysBetween(previous.startDate, mention.startDate) <= MAX_RANGE_DAYS &&
      RANGE_GLUE.test(text.slice(previous.end, mention.start))
    ) {
      joined[joined.length - 1] = {
        ...previous,
        end: mention.end,
        text: text.slice(previous.start, mention.end),
        endDate: mention.endDate,
        yearInferred: previous.yearInferred && mention.yearInferred,
      };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/** The mention starting nearest an offset (the earlier one on a tie), by binary search in mentions sorted by start. */
function nearestByStart(sorted: readonly RawMention[], offset: number): RawMention | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  const before = sorted[low - 1];
  const after = sorted[low];
  if (!before) return after;
  if (!after) return before;
  return offset - before.start <= after.start - offset ? before : after;
}

function resolve(raw: RawMention, reference: number | null, textYear?: number): Pick<DateMention, 'startDate' | 'endDate' | 'precision' | 'yearInferred'> | null {
  if (raw.relativeDay !== undefined) {
    if (reference === null || raw.relativeDay === undefined) return null;
    const date = formatDate(reference + raw.relativeDay * MS_PER_DAY);
    return { startDate: date, endDate: date, precision: 'day', yearInferred: true };
  }
  const { from, to } = raw;
  let toYear = to.year ?? from.year;
  let fromYear = from.year;
  let yearInferred = false;
  if (toYear === undefined) {
    if (reference === null) return null;
    yearInferred = true;
    toYear =
      raw.relativeYear !== undefined
        ? new Date(reference).getUTCFullYear() + raw.relativeYear
        : (textYear ?? nearestYear(reference, to.month, to.day ?? 15));
  }
  if (fromYear === undefined) {
    fromYear = toYear;
    // "28.12. - 02.01.2024": the start lies in the year before.
    if (from.month > to.month || (from.month === to.month && (from.day ?? 1) > (to.day ?? 31))) fromYear = toYear - 1;
  }
  if (raw.precision === 'month') {
    if (!(from.month >= 1 && from.month <= 12) || !(to.month >= 1 && to.month <= 12) || fromYear < 1900 || fromYear > 2100) return null;
    return {
      startDate: formatDate(utc(fromYear, from.month, 1)),
      endDate: formatDate(utc(toYear, to.month, lastDayOfMonth(toYear, to.month))),
      precision: 'month',
      yearInferred,
    };
  }
  if (!isValidDate(fromYear, from.month, from.day!) || !isValidDate(toYear, to.month, to.day!)) return null;
  const start = utc(fromYear, from.month, from.day!);
  const end = utc(toYear, to.month, to.day!);
  if (end < start || end - start > 366 * MS_PER_DAY) return null;
  return { startDate: formatDate(start), endDate: formatDate(end), precision: 'day', yearInferred };
}
