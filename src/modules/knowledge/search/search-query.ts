import { plainKey } from '../../../core/names/name-keys.js';

/** A word or a quoted phrase of a query. */
export interface QueryTerm {
  /** As typed (the words of a phrase joined by a space). */
  text: string;
  words: string[];
  /** Written in quotes: the words must follow each other. */
  phrase: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Terms written with a minus in front: results must not contain them. */
  excluded: QueryTerm[];
}

export const MAX_QUERY_TERMS = 12;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ]*/gu;

/**
 * Splits a query into words, "quoted phrases" and -excluded words. Hyphenated words count as
 * several ("Leipzig-Grünau" finds "Leipzig Grünau" too).
 */
export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const excluded: QueryTerm[] = [];
  const pattern = /(-?)"([^"]*)"|(-?)([^\s"]+)/g;
  for (const match of input.normalize('NFC').matchAll(pattern)) {
    const negative = (match[1] ?? match[3]) === '-';
    const raw = match[2] ?? match[4] ?? '';
    const words = [...raw.matchAll(WORD)].map((word) => word[0].replace(/['’ʼ]+$/u, ''));
    if (words.length === 0) continue;
    const quoted = match[2] !== undefined;
    const target = negative ? excluded : terms;
    if (quoted && words.length > 1) target.push({ text: words.join(' '), words, phrase: true });
    else for (const word of words) target.push({ text: word, words: [word], phrase: false });
  }
  return { terms: terms.slice(0, MAX_QUERY_TERMS), excluded: excluded.slice(0, MAX_QUERY_TERMS) };
}

/** Words too common to stand for a place, even where a village bears the name. */
const COMMON_WORDS = new Set(
  [
    'der', 'die', 'das', 'und', 'oder', 'mit', 'von', 'für', 'fur', 'zum', 'zur', 'den', 'dem', 'des', 'ein', 'eine', 'stadt', 'land', 'neu',
    'the', 'and', 'for', 'with', 'from', 'city', 'town', 'new', 'of', 'in', 'on', 'at', 'to', 'by',
    'та', 'і', 'в', 'у', 'на', 'з', 'із', 'до', 'для', 'місто',
  ].map((word) => plainKey(word)),
);

/** Whether a word may name a place: not a number, not a common function word. */
export function mayNamePlace(words: string[]): boolean {
  if (words.some((word) => /^\p{N}+$/u.test(word))) return false;
  const key = plainKey(words.join(' '));
  return key.length >= 3 && !COMMON_WORDS.has(key);
}
