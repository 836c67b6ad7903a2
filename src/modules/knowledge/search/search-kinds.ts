import { containsCyrillic } from '../../../core/names/ukrainian-transliteration.js';
import { foldWord } from './words/german-compounds.js';
import { ukrainianLemmas } from './words/ukrainian-forms.js';
import type { SearchType } from './search.types.js';

/**
 * Kinds of record a query may name as a whole, in German and English (singular and plural, folded)
 * and Ukrainian (dictionary forms): "partnerships" asks for the partnerships, whatever language
 * each is named in ("Städtepartnerschaft Leipzig – Kiew", "Партнерство міст Лейпциг – Київ").
 */
const KIND_NAMES: { kind: SearchType; words: string[]; ukrainian: string[] }[] = [
  { kind: 'partnership', words: ['partnerschaft', 'partnerschaften', 'partnership', 'partnerships'], ukrainian: ['партнерство'] },
  { kind: 'network', words: ['netzwerk', 'netzwerke', 'network', 'networks'], ukrainian: ['мережа'] },
  { kind: 'project', words: ['projekt', 'projekte', 'project', 'projects'], ukrainian: ['проєкт', 'проект'] },
  { kind: 'action_plan', words: ['aktionsplan', 'aktionsplane', 'action plan', 'action plans'], ukrainian: [] },
];

/** The kind of record a query names as a whole ("Partnerschaften", "project", "мережі"), if it names one. */
export function kindNamedBy(query: string): SearchType | undefined {
  const text = query.trim();
  const folded = foldWord(text).replace(/\s+/g, ' ');
  const lemmas = containsCyrillic(text) && !/\s/.test(text) ? ukrainianLemmas(text) : [];
  return KIND_NAMES.find((entry) => entry.words.includes(folded) || entry.ukrainian.some((lemma) => lemmas.includes(lemma)))?.kind;
}
