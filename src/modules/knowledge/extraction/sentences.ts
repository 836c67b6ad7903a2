import type { Sentence } from './extraction.types.js';

/**
 * Abbreviations after which a full stop does not end a sentence (compared without the stop,
 * in lower case). Dates and German ordinals ("3. Dezember", "9. Bundeskongress") are handled
 * apart: a number of one or two digits followed by a stop never ends a sentence.
 */
const ABBREVIATIONS = new Set([
  'z.b', 'u.a', 'd.h', 'o.ä', 'u.ä', 's.o', 's.u', 'i.d.r', 'z.t', 'u.u', 'v.a', 'bzw', 'ca', 'vgl', 'evtl', 'ggf', 'inkl', 'zzgl',
  'nr', 'dr', 'prof', 'dipl', 'ing', 'hr', 'fr', 'str', 'st', 'abs', 'bzgl', 'gem', 'sog', 'mio', 'mrd', 'tel', 'jh', 'jhd',
  'mr', 'mrs', 'ms', 'e.g', 'i.e', 'vs', 'no', 'approx', 'dept', 'inc', 'ltd', 'co', 'jr', 'sr', 'fig', 'cf', 'al',
  'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
]);
/** Words that start sentences and never follow an ordinal: "… Nr. 5. Die Stadt …" ends after "5.". */
const SENTENCE_STARTERS = new Set(['Die', 'Der', 'Das', 'Dies', 'Diese', 'Dieser', 'Ein', 'Eine', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Am', 'Im', 'Auch', 'Dann', 'Danach', 'Zudem', 'Außerdem', 'The', 'This', 'These', 'It', 'They', 'We', 'He', 'She']);
/** Abbreviations that often close a sentence: a capitalised word after them starts a new one. */
const CLOSING_ABBREVIATIONS = new Set(['e.v', 'usw', 'etc']);

function abbreviationBefore(text: string, stop: number): string {
  let start = stop;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  let word = text.slice(start, stop).toLowerCase();
  // "e. V." and "u. a." are written with spaces too.
  const spaced = /(\p{L})\.\s(\p{L})$/u.exec(text.slice(Math.max(0, stop - 4), stop));
  if (spaced && start === stop - 1) {
    const joined = `${spaced[1]!.toLowerCase()}.${spaced[2]!.toLowerCase()}`;
    if (ABBREVIATIONS.has(joined)) word = joined;
  }
  return word.replace(/^\.+/, '');
}

/**
 * Splits a report into sentences with their offsets. A line break ends a sentence unless the
 * next line goes on in lower case (text wrapped by hand); so headlines, list items and
 * address lines stand alone. Sentences are trimmed and never empty.
 */
export function splitSentences(text: string): Sentence[] {
  const boundaries: number[] = [];
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const char = text[index]!;
    if (char === '\n') {
      let next = index + 1;
      while (next < length && /[ \t\r\u00A0]/.test(text[next]!)) next++;
      const following = text[next];
      const blankLine = following === '\n' || following === undefined;
      if (blankLine || !/\p{Ll}/u.test(following)) boundaries.push(index + 1);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = index + 1;
    while (end < length && /[.!?"'“”«»’)\]]/.test(text[end]!)) end++;
    // The rest of a run ("...", "?!") ends where it does and can only push the same boundary again.
    const runStart = index;
    index = end - 1;
    if (end >= length) continue;
    if (!/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < length && /[ \t\r\u00A0]/.test(text[next]!)) next++;
    if (next >= length || text[next] === '\n') continue; // the line break decides
    const following = text[next]!;
    if (!/[\p{Lu}\p{N}"„“«‚'([•–-]/u.test(following)) continue;
    if (char === '.' && end === runStart + 1) {
      const before = text.slice(Math.max(0, runStart - 4), runStart);
      // Ordinals and dates: "3. Dezember", "16.-18. 09.2015"; a year ("2019.") may end a sentence.
      if (/(?:^|[^\p{N}])\p{N}{1,2}$/u.test(before) && !SENTENCE_STARTERS.has(/^\p{L}+/u.exec(text.slice(next, next + 12))?.[0] ?? '')) continue;
      const word = abbreviationBefore(text, runStart);
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) {
        if (!CLOSING_ABBREVIATIONS.has(word)) continue;
        if (!/\p{Lu}/u.test(following)) continue;
      }
      if (CLOSING_ABBREVIATIONS.has(word) && !/\p{Lu}/u.test(following)) continue;
    }
    boundaries.push(end);
  }
  boundaries.push(length);

  const sentences: Sentence[] = [];
  let start = 0;
  for (const boundary of boundaries) {
    if (boundary <= start) continue;
    let from = start;
    let to = boundary;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to) });
    start = boundary;
  }
  return sentences;
}
