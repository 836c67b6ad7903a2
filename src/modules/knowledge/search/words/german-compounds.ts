import dictionary from 'dictionary-de';
import { hunspellWordForms } from './hunspell-words.js';

/**
 * German compounds split into their parts with the de_DE Hunspell dictionary (igerman98, from the
 * `dictionary-de` package): its flags say which forms may begin or continue a compound (x, y:
 * "Städte", "Gemeinschafts", "Schul"); any word of the dictionary may end one. Parts are
 * folded as the search index folds words (lower case, without accents, ß as ss), and a part may
 * end a word cut short by stemming ("trinkwasserversorg").
 */

const BEGIN = 'x';
const MIDDLE = 'y';
const MIN_PART = 3;
const MAX_PARTS = 4;
/** How many letters stemming may have cut off the last part (Versorgung → versorg). */
const STEM_CUT = 4;

/** A word as the search index folds it: lower case, without accents, ß as ss. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

interface Lexicon {
  /** Forms that may begin or continue a compound. */
  starts: Set<string>;
  /** Every form, sorted, to find the word a stemmed last part was cut from. */
  ends: string[];
  endSet: Set<string>;
}

let lexicon: Lexicon | null = null;

/** Builds the lexicon once (seconds of CPU); `serve` does it while starting, before the first search. */
export function loadGermanLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const decoder = new TextDecoder();
  const starts = new Set<string>();
  const endSet = new Set<string>();
  for (const form of hunspellWordForms(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic))) {
    const folded = foldWord(form.word).replace(/-$/, '');
    if (folded.length < MIN_PART || !/^\p{L}+$/u.test(folded)) continue;
    if (form.flags.has(BEGIN) || form.flags.has(MIDDLE)) starts.add(folded);
    endSet.add(folded);
  }
  lexicon = { starts, ends: [...endSet].sort(), endSet };
  return lexicon;
}

/** Whether `part` is a word of the dictionary, or one cut short by a few letters. */
function isEnd(words: Lexicon, part: string): boolean {
  if (words.endSet.has(part)) return true;
  if (part.length < 4) return false;
  let low = 0;
  let high = words.ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words.ends[middle]! < part) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < words.ends.length && words.ends[index]!.startsWith(part); index++) {
    if (words.ends[index]!.length - part.length <= STEM_CUT) return true;
  }
  return false;
}

/**
 * The parts of a German compound, folded ("Städtepartnerschaft" → städte, partnerschaft as
 * "stadte", "partnerschaft"); the fewest parts that cover the word, the longest head first.
 * A word that is no compound comes back whole, as one part. Never throws.
 */
export function splitCompound(word: string): string[] {
  const folded = foldWord(word);
  if (folded.length < MIN_PART * 2 || !/^\p{L}+$/u.test(folded)) return [folded];
  const words = loadGermanLexicon();
  const best = new Map<number, string[] | null>();
  // The parts of folded.slice(start), at most `left` of them, the last an end.
  const from = (start: number, left: number): string[] | null => {
    const key = start * 8 + left;
    if (best.has(key)) return best.get(key)!;
    let found: string[] | null = null;
    const rest = folded.slice(start);
    if (start > 0 && rest.length >= MIN_PART && isEnd(words, rest)) found = [rest];
    else if (left > 1) {
      for (let end = folded.length - MIN_PART; end >= start + MIN_PART; end--) {
        const part = folded.slice(start, end);
        if (!words.starts.has(part)) continue;
        const tail = from(end, left - 1);
        if (tail && (!found || tail.length + 1 < found.length)) found = [part, ...tail];
      }
    }
    best.set(key, found);
    return found;
  };
  return from(0, MAX_PARTS) ?? [folded];
}

/** Endings of parts that link or inflect them ("Gemeinschafts-", "Städte", "Schulen"). */
const ENDINGS = ['es', 'en', 'e', 'n', 's'];

/** A part without its linking or inflecting ending, to compare parts with words. */
export function partRoot(part: string): string {
  for (const ending of ENDINGS) if (part.endsWith(ending) && part.length - ending.length >= 4) return part.slice(0, -ending.length);
  return part;
}

/**
 * Whether a word of the index is a compound that has `word` as one of its parts, or as a run of
 * its parts ("Wärmepumpe" in "Luftwärmepumpe" and "Wärmepumpenanlage"), and is not the word
 * itself; `stem` is the word as stemming cuts it, which a compound of running text ends with.
 */
export function hasPart(compound: string, word: string, stem?: string): boolean {
  const folded = foldWord(word);
  const root = partRoot(folded);
  const stemmed = stem !== undefined && stem.length >= 4 ? foldWord(stem) : undefined;
  const parts = splitCompound(compound);
  if (parts.length < 2) return false;
  for (let first = 0; first < parts.length; first++) {
    for (let last = first; last < parts.length; last++) {
      if (first === 0 && last === parts.length - 1) continue;
      const run = parts.slice(first, last + 1).join('');
      if (run === folded || partRoot(run) === root || (last === parts.length - 1 && run === stemmed)) return true;
    }
  }
  return false;
}

/** Whether a word is German as the dictionary knows it: one of its words, or a compound of them ("Fernwärme"). */
export function isGermanWord(word: string): boolean {
  const folded = foldWord(word);
  if (folded.length < MIN_PART || !/^\p{L}+$/u.test(folded)) return false;
  return loadGermanLexicon().endSet.has(folded) || splitCompound(folded).length > 1;
}

/**
 * The parts of a German compound as they are written in it ("Jugendaustausch" → Jugend,
 * Austausch; capitalised when the word is), or none when it is no compound.
 */
export function compoundPartsAsWritten(word: string): string[] {
  const parts = splitCompound(word);
  if (parts.length < 2) return [];
  // Folding keeps every letter in its place, except ß, which becomes two.
  if (foldWord(word).length !== word.length) return parts;
  const capitalised = /^\p{Lu}/u.test(word);
  let at = 0;
  return parts.map((part) => {
    const written = word.slice(at, (at += part.length));
    return capitalised ? written[0]!.toUpperCase() + written.slice(1) : written;
  });
}
