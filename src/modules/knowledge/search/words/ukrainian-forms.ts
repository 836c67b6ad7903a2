import dictionary from 'dictionary-uk';
import { dictionaryEntries, flagsOf, suffixRules, suffixedForms, type SuffixRule } from './hunspell-words.js';

/**
 * The other forms of a Ukrainian word, with the uk_UA Hunspell dictionary (npm `dictionary-uk`):
 * the suffix rules are read backwards to find the word's dictionary entries, then forwards to
 * make every form of them ("партнерства" → партнерство, партнерству, партнерством …). The
 * index holds Ukrainian text as written, so a query looks for all of these.
 */

interface UkrainianDictionary {
  entries: Map<string, string>;
  rules: Map<string, SuffixRule[]>;
  /** The rules by the ending they add, longest endings first. */
  byEnding: [string, { flag: string; rule: SuffixRule }[]][];
}

let loaded: UkrainianDictionary | null = null;

/** Reads the dictionary once (seconds of CPU); `serve` does it while starting, before the first search. */
export function loadUkrainianDictionary(): UkrainianDictionary {
  if (loaded) return loaded;
  const decoder = new TextDecoder();
  const rules = suffixRules(decoder.decode(dictionary.aff));
  const endings = new Map<string, { flag: string; rule: SuffixRule }[]>();
  for (const [flag, list] of rules) {
    for (const rule of list) endings.set(rule.add, [...(endings.get(rule.add) ?? []), { flag, rule }]);
  }
  loaded = {
    entries: dictionaryEntries(decoder.decode(dictionary.dic)),
    rules,
    byEnding: [...endings].sort((a, b) => b[0].length - a[0].length),
  };
  return loaded;
}

const MAX_FORMS = 40;

/** The dictionary entries a word is a form of (itself when it is one). */
export function ukrainianLemmas(word: string): string[] {
  const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
  if (lower.length < 3 || !/^[\p{Script=Cyrillic}']+$/u.test(lower)) return [];
  const { entries, byEnding } = loadUkrainianDictionary();
  const lemmas = new Set<string>();
  // Names of towns and people are entries written with a capital (Вінниця, Луцьк).
  const entryOf = (stem: string, flag?: string) =>
    [stem, stem.charAt(0).toUpperCase() + stem.slice(1)].filter((candidate) => entries.has(candidate) && (flag === undefined || entries.get(candidate)!.includes(flag)));
  for (const entry of entryOf(lower)) lemmas.add(entry);
  for (const [ending, rules] of byEnding) {
    if (!lower.endsWith(ending)) continue;
    for (const { flag, rule } of rules) {
      const stem = lower.slice(0, lower.length - ending.length) + rule.strip;
      if (stem.length < 2 || !rule.condition.test(stem)) continue;
      for (const entry of entryOf(stem, flag)) lemmas.add(entry);
    }
  }
  return [...lemmas];
}

/** Every form of the entries a word is a form of, the word first; just the word when the dictionary does not know it. */
export function ukrainianForms(word: string): string[] {
  const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
  const forms = new Set<string>([lower]);
  const { entries, rules } = loaded ?? loadUkrainianDictionary();
  for (const lemma of ukrainianLemmas(word)) {
    for (const form of suffixedForms(lemma, flagsOf(entries.get(lemma) ?? ''), rules)) {
      if (/^[\p{Script=Cyrillic}']+$/u.test(form.word)) forms.add(form.word.toLowerCase());
      if (forms.size >= MAX_FORMS) break;
    }
  }
  return [...forms];
}

/**
 * The adjectives of a place a Ukrainian word names: "Дарниці" (Дарниця) → дарницький, "Полтаві"
 * → полтавський, "Прагу" → празький. Made by the usual rule (the stem without its last vowel,
 * -ський, with ц/к → -цький and г/ж/з → -зький) and kept only when the dictionary knows the
 * adjective. Only names (dictionary entries with a capital) have one.
 */
export function ukrainianPlaceAdjectives(word: string): string[] {
  const adjectives = new Set<string>();
  for (const lemma of ukrainianLemmas(word)) {
    if (!/^\p{Lu}/u.test(lemma)) continue;
    const adjective = `${placeAdjectiveStem(lemma.toLowerCase())}ий`;
    if (adjective !== lemma.toLowerCase() && ukrainianLemmas(adjective).includes(adjective)) adjectives.add(adjective);
  }
  return [...adjectives];
}

/** Every form of the adjectives of a place a Ukrainian word names ("Дарниці" finds "Дарницький район"). */
export function ukrainianPlaceAdjectiveForms(word: string): string[] {
  return [...new Set(ukrainianPlaceAdjectives(word).flatMap((adjective) => ukrainianForms(adjective)))];
}

function placeAdjectiveStem(name: string): string {
  const stem = name.replace(/[аяоеіиь]$/u, '');
  if (/(ськ|цьк|зьк)$/u.test(stem)) return stem;
  if (/[цкч]$/u.test(stem)) return `${stem.slice(0, -1)}цьк`;
  if (/[гжз]$/u.test(stem)) return `${stem.slice(0, -1)}зьк`;
  if (/с$/u.test(stem)) return `${stem}ьк`;
  return `${stem}ськ`;
}
