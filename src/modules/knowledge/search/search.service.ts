import type { SQL } from 'drizzle-orm';
import { distance } from 'fastest-levenshtein';
import { decodeCursor, encodeCursor } from '../../../core/http/pagination.js';
import type { ServiceContext } from '../../../core/service-context.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { plainKey } from '../../../core/names/name-keys.js';
import { containsCyrillic } from '../../../core/names/ukrainian-transliteration.js';
import { placeSpellings, placeSpellingsLike, trigramSimilarity, type PlaceSpellings } from '../../places/places.service.js';
import { themeRefsByIds } from '../../themes/themes.service.js';
import { MARK_START, MARK_STOP, presentFacets, presentRecordTitle, presentSearchItem, presentSearchPlace } from './search.presenter.js';
import { compoundPartsAsWritten, foldWord, hasPart, isGermanWord, partRoot } from './words/german-compounds.js';
import { ukrainianForms, ukrainianLemmas, ukrainianPlaceAdjectiveForms, ukrainianPlaceAdjectives } from './words/ukrainian-forms.js';
import { mayNamePlace, parseQuery, type QueryTerm } from './search-query.js';
import { kindNamedBy } from './search-kinds.js';
import {
  findEntryTitles,
  allOf,
  anyMatch,
  anyWordQuery,
  anyOf,
  findEntryDetails,
  findEquivalents,
  findPlaceEntries,
  unreferencedTowns,
  lexemeQuery,
  noneOf,
  sequenceOf,
  phraseQuery,
  yearQuery,
  runSearch,
  estimatedMatches,
  haveMoreMatches,
  similarTerms,
  germanStem,
  stopwords,
  termsContaining,
  wordQuery,
  type Ranking,
  type SearchFilters,
} from './search.repository.js';
import type { SearchPlace, SearchQuery, SearchResult } from './search.schemas.js';
import type { SearchType } from './search.types.js';

/**
 * How matches are ordered. Titles and names (A) count most, then names of linked places and
 * organisations (B), running text (C) and theme names (D). No damping by length: it lifted short
 * records that merely mention a word above the documents about it. Tuned on the judged queries
 * of `npm run bench:search`.
 */
export const RANKING: Ranking = {
  weights: [0.02, 0.1, 0.4, 1],
  normalization: 0,
  typeBoost: {},
};

/**
 * How many matches are ranked in full: the best of all matches in titles and names (ranked on
 * those alone, which are short), and as many in running text only (the best of them when fewer
 * titles match, else any): enough that the records sought are among them.
 */
export const CANDIDATES = 200;

/** A part of the query: words that must match (in any of their forms), or one of several spellings. */
interface TermGroup {
  /** What the user typed for this part. */
  text: string;
  /** Words of the part that a misspelling could be corrected in. */
  correctable: boolean;
  query: SQL;
  /** The query without the compounds the word is part of. */
  literal: SQL;
  /** The query with the compounds but without the other languages' terms. */
  compound: SQL;
  /** Inputs for rebuilding the query with corrections. */
  source: { term: QueryTerm; places: PlaceSpellings[]; compounds: string[]; related: string[]; equivalents?: string[] };
}

const MAX_PLACE_WORDS = 3;

/** Fewer records than this with every word of a query of several: records with some of its words are shown after them. */
const FEW_MATCHES = 10;

/**
 * When records with some of the words are shown, a word in more than this share of the index (and
 * in more than `COMMON_MATCHES` rows) adds no candidates of its own beside a rarer word of the
 * query: ranking the most of the index for "Jahre" in "Städtepartnerschaft 35 Jahre" costs far
 * more than the lookup, and the rarer words say more of what is sought (records with more of the
 * words, the common one among them, still come first).
 */
const COMMON_SHARE = 0.02;
const COMMON_MATCHES = 5 * CANDIDATES;

/**
 * The parts of the query that candidates are drawn from when some of the words suffice: all but the
 * very common ones, and never the rarest. How common a part is, is judged by its words as typed (and
 * the spellings of a place it names), not by its compounds and other languages' terms. The
 * planner's statistics count each rare term as a few hundred rows, so a part of many terms (a
 * dozen Ukrainian forms, a town's names in three scripts) can look as common as "Jahre": a part
 * they put above the limits is left out only when it has that many matches in fact.
 */
async function rarerParts(tx: DbExecutor, groups: TermGroup[]): Promise<TermGroup[]> {
  if (groups.length < 2) return groups;
  const { matches, rows } = await estimatedMatches(tx, groups.map((group) => group.literal));
  if (rows === 0) return groups;
  const rarest = Math.min(...matches);
  const suspect = groups.filter((_group, index) => matches[index]! > rarest && matches[index]! > COMMON_MATCHES && matches[index]! > rows * COMMON_SHARE);
  if (suspect.length === 0) return groups;
  const common = await haveMoreMatches(tx, suspect.map((group) => group.literal), COMMON_MATCHES);
  const left = new Set(suspect.filter((_group, index) => common[index]));
  return groups.filter((group) => !left.has(group));
}

/**
 * The query of one part: the words in every configuration, Ukrainian stems, and every spelling of a
 * place it names; with `compounds` (lexemes) and `related` words (a place's adjective) when asked.
 */
function groupQuery(term: QueryTerm, places: PlaceSpellings[], corrections: string[] = [], compounds: string[] = [], related: string[] = []): SQL {
  const parts: SQL[] = [term.phrase || term.words.length > 1 ? phraseQuery(term.text) : wordQuery(term.text)];
  for (const word of term.words) {
    if (containsCyrillic(word)) {
      parts.push(wordQuery(plainKey(word)));
      // Ukrainian text is indexed as written: every form of the word is looked for.
      if (!term.phrase) parts.push(anyWordQuery(ukrainianForms(word)));
    }
  }
  const names = new Set(places.flatMap((place) => place.names));
  for (const name of names) {
    if (plainKey(name) !== plainKey(term.text)) parts.push(name.includes(' ') ? phraseQuery(name) : wordQuery(name));
    // Ukrainian texts name a town in its cases ("у Вінниці"): its Cyrillic name is searched in all its forms.
    if (!name.includes(' ') && containsCyrillic(name)) parts.push(anyWordQuery(ukrainianForms(name)));
  }
  for (const lexeme of [...corrections, ...compounds]) parts.push(lexemeQuery(lexeme));
  if (related.length > 0) parts.push(anyWordQuery(related));
  // A year also finds the records of that year (a partnership since 1961, a workshop in 2023).
  if (!term.phrase && /^(1[89]|20)\d\d$/.test(term.text)) parts.push(yearQuery(Number(term.text)));
  return anyOf(parts);
}

/**
 * The parts of a query: each word, except runs of up to three words that name a place (Kryvyi
 * Rih, Frankfurt am Main), which become one part searched in every spelling of the place.
 */
async function termGroups(ctx: ServiceContext, terms: QueryTerm[]): Promise<TermGroup[]> {
  const candidates: string[] = [];
  for (let start = 0; start < terms.length; start++) {
    for (let size = 1; size <= MAX_PLACE_WORDS && start + size <= terms.length; size++) {
      const run = terms.slice(start, start + size);
      if (run.some((term) => term.phrase) && size > 1) break;
      const words = run.flatMap((term) => term.words);
      if (mayNamePlace(words)) candidates.push(words.join(' '));
    }
    // A Ukrainian town in one of its cases ("у Полтаві") is looked up by its dictionary form too.
    for (const lemma of placeLemmas(terms[start]!)) if (mayNamePlace([lemma])) candidates.push(lemma);
    candidates.push(...districtNames(terms[start]!));
  }
  const places = await placeSpellings(ctx, [...new Set(candidates)]);
  const groups: TermGroup[] = [];
  for (let start = 0; start < terms.length; ) {
    let taken = 1;
    for (let size = Math.min(MAX_PLACE_WORDS, terms.length - start); size > 1; size--) {
      const run = terms.slice(start, start + size);
      if (run.some((term) => term.phrase)) continue;
      if (places.has(run.map((term) => term.text).join(' '))) {
        taken = size;
        break;
      }
    }
    const run = terms.slice(start, start + taken);
    const term: QueryTerm =
      taken === 1 ? run[0]! : { text: run.map((entry) => entry.text).join(' '), words: run.flatMap((entry) => entry.words), phrase: true };
    const asWritten = places.get(term.text) ?? [];
    const byLemma = asWritten.length > 0 ? asWritten : placeLemmas(term).flatMap((lemma) => places.get(lemma) ?? []);
    const byDistrict = byLemma.length > 0 ? [] : districtNames(term).flatMap((name) => places.get(name) ?? []);
    const named = await withoutSoundAlikeTowns(ctx, term, byLemma.length > 0 ? byLemma : byDistrict);
    // A German word that is also a town's name ("Halle", "Müll") is still a part of compounds (Sporthalle, Mülltrennung).
    const compounds = named.length === 0 || isGermanWord(term.text) ? await compoundsWith(ctx, term) : [];
    // A Ukrainian name of a place no record is named after, in one of its cases, finds the place's
    // adjective instead ("Дарниці": Дарницький район, in any case), ranked as a compound is. A town
    // that is known is searched by its names: its adjective would add its region's records ("Полтавська область").
    const related = byLemma.length === 0 && !term.phrase && term.words.length === 1 && containsCyrillic(term.text) ? ukrainianPlaceAdjectiveForms(term.text) : [];
    groups.push({
      text: term.text,
      correctable: !term.phrase && term.words.length === 1 && term.text.length >= 4 && !/\p{N}/u.test(term.text),
      query: groupQuery(term, named, [], compounds, related),
      literal: groupQuery(term, named),
      compound: groupQuery(term, named, [], compounds, related),
      source: { term, places: named, compounds, related },
    });
    start += taken;
  }
  return groups;
}

/**
 * The names of the district a Ukrainian place name stands for when it is no town of its own: city
 * districts and raions are named by the adjective ("Дарниці" → Дарницький район).
 */
function districtNames(term: QueryTerm): string[] {
  if (placeLemmas(term).length === 0) return [];
  return ukrainianPlaceAdjectives(term.text).map((adjective) => `${adjective.charAt(0).toUpperCase()}${adjective.slice(1)} район`);
}

/** The dictionary forms of a single Ukrainian word, to find the town it may name in another case. */
function placeLemmas(term: QueryTerm): string[] {
  if (term.phrase || term.words.length !== 1 || !containsCyrillic(term.text)) return [];
  return ukrainianLemmas(term.text).filter((lemma) => lemma !== term.text && /^\p{Lu}/u.test(lemma));
}

/**
 * A word of the records' own text ("Schule") is not taken for a town that no record refers to and
 * that is only spelt like it ("Shule"): such towns are left out, so the word is searched as a word
 * (with its compounds). A town of exactly that name ("Essen") stays, to be shown apart.
 */
async function withoutSoundAlikeTowns(ctx: ServiceContext, term: QueryTerm, named: PlaceSpellings[]): Promise<PlaceSpellings[]> {
  if (named.length === 0 || term.phrase || term.words.length !== 1) return named;
  return ctx.transaction(async (tx) => {
    const towns = await unreferencedTowns(tx, named.map((place) => place.placeId));
    if (towns.size === 0) return named;
    const key = plainKey(term.text);
    const alike = named.filter((place) => towns.has(place.placeId) && !place.names.some((name) => plainKey(name) === key));
    if (alike.length === 0 || !(await anyMatch(tx, groupQuery(term, [])))) return named;
    return named.filter((place) => !alike.includes(place));
  });
}

/** Whether a Cyrillic word is a form of an entry of the Ukrainian dictionary. */
const isUkrainianWord = (word: string) => containsCyrillic(word) && ukrainianLemmas(word).length > 0;

/** Whether a word is one of the German or Ukrainian dictionary, so a misspelt town it is not. */
const isDictionaryWord = (word: string) => isGermanWord(word) || ukrainianLemmas(word).length > 0;

const MAX_EQUIVALENTS = 8;

/** Runs of two or three neighbouring parts of a query, longest first ("older people" in "older people living alone"). */
function partRuns(groups: TermGroup[]): { text: string; first: number; last: number }[] {
  const runs: { text: string; first: number; last: number }[] = [];
  for (let size = Math.min(3, groups.length - 1); size >= 2; size--) {
    for (let first = 0; first + size <= groups.length; first++) runs.push({ text: groups.slice(first, first + size).map((group) => group.text).join(' '), first, last: first + size - 1 });
  }
  return runs;
}

/**
 * The forms of a Ukrainian phrase of several words, word by word, as a pattern of a whole term
 * ("спортивні клуби": any form of спортивний, then any of клуб); none for other phrases.
 */
function ukrainianPhraseForms(phrase: string): RegExp | null {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length < 2 || !words.every((word) => /^[\p{Script=Cyrillic}'’ʼ]+$/u.test(word))) return null;
  const alternatives = words.map((word) => ukrainianForms(word));
  if (alternatives.every((wordForms) => wordForms.length === 1)) return null;
  return new RegExp(`^${alternatives.map((wordForms) => `(${wordForms.join('|')})`).join(' ')}$`, 'u');
}

/**
 * The other terms of the idea the whole query (`whole`), or a part of it names: by the part's
 * text, a run of neighbouring parts standing for each of its parts.
 */
async function equivalentsOf(ctx: ServiceContext, groups: TermGroup[]): Promise<{ whole: string[]; byPart: Map<string, string[]>; all: string[] }> {
  const wholeText = groups.map((group) => group.text).join(' ');
  const runs = partRuns(groups);
  const phrases = [...new Set([wholeText, ...runs.map((run) => run.text), ...groups.map((group) => group.text)])];
  const said = new Set(phrases.map((phrase) => foldWord(phrase)));
  // A Ukrainian word is looked up by its dictionary forms too ("партнерства" → партнерство).
  const lookedUp = new Map<string, string>();
  for (const phrase of phrases) {
    lookedUp.set(phrase, phrase);
    if (containsCyrillic(phrase) && !phrase.includes(' ')) for (const lemma of ukrainianLemmas(phrase)) if (!lookedUp.has(lemma)) lookedUp.set(lemma, phrase);
  }
  // A Ukrainian phrase is looked up by the forms of its words, word by word ("спортивні клуби": спортивний клуб).
  const forms = [...lookedUp.keys()].map(ukrainianPhraseForms);
  const found = (await ctx.transaction((tx, ctx) => findEquivalents(tx, ctx.viewer, [...lookedUp.keys()], forms.map((pattern) => pattern?.source ?? null)))).map((entry) => ({
    ...entry,
    phrase: lookedUp.get(entry.phrase)!,
  }));
  for (const lemma of lookedUp.keys()) said.add(foldWord(lemma));
  // Another form of a phrase typed is no other term of it.
  const sameWords = (term: string) => forms.some((pattern) => pattern?.test(term.toLowerCase()));
  // A query that names one idea as a whole ("district heating") is not also expanded word by word ("district" → Stadtteil).
  if (groups.length > 1 && found.some((entry) => entry.phrase === wholeText)) found.splice(0, found.length, ...found.filter((entry) => entry.phrase === wholeText));
  const all: string[] = [];
  const whole: string[] = [];
  const byPart = new Map<string, string[]>();
  for (const entry of found) {
    for (const term of entry.terms) {
      if (said.has(foldWord(term)) || sameWords(term) || all.includes(term) || all.length >= MAX_EQUIVALENTS) continue;
      all.push(term);
      if (entry.phrase === wholeText) whole.push(term);
      else byPart.set(entry.phrase, [...(byPart.get(entry.phrase) ?? []), term]);
    }
  }
  for (const run of runs) {
    const terms = byPart.get(run.text);
    if (!terms) continue;
    for (const group of groups.slice(run.first, run.last + 1)) byPart.set(group.text, [...(byPart.get(group.text) ?? []), ...terms]);
  }
  return { whole, byPart, all };
}

/** The other terms of the ideas that corrections of a misspelt word name, besides those already searched. */
async function correctedEquivalents(ctx: ServiceContext, corrections: string[], searched: string[]): Promise<string[]> {
  if (corrections.length === 0) return [];
  const found = await ctx.transaction((tx, ctx) => findEquivalents(tx, ctx.viewer, corrections));
  const said = new Set([...corrections, ...searched].map((term) => foldWord(term)));
  const terms: string[] = [];
  for (const term of found.flatMap((entry) => entry.terms)) {
    if (said.has(foldWord(term)) || terms.length + searched.length >= MAX_EQUIVALENTS) continue;
    said.add(foldWord(term));
    terms.push(term);
  }
  return terms;
}

const SIMILARITY = 0.42;
const LOOSE_SIMILARITY = 0.3;

/**
 * The corrections of a misspelt word among the words of the index like it: the most alike (by
 * trigrams), and every word a letter away (two for a word of eight letters or more), however few
 * trigrams they share ("Bibliotek": Bibliothek beside biblioteka; "cemetary": the stem cemeteri);
 * only the most alike when the word is nearly a town's name (not `loose`).
 */
function nearestTerms(word: string, like: { term: string; similarity: number }[], loose: boolean): { term: string; similarity: number }[] {
  const alike = like.filter((term) => term.similarity >= SIMILARITY).slice(0, 4);
  const best = alike[0]?.similarity ?? 1;
  const nearest = alike.filter((term) => term.similarity >= best - 0.12);
  const letters = !loose ? 0 : word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  const lettersAway = like.filter((term) => !nearest.includes(term) && distance(word, term.term) <= letters);
  return [...nearest, ...lettersAway];
}

/**
 * A term of another language: its words in this order, a Ukrainian word in all its forms (so
 * "швидка допомога" finds "автомобілі швидкої допомоги").
 */
function equivalentQuery(term: string): SQL {
  const words = parseQuery(term).terms.flatMap((part) => part.words);
  const ukrainianWord = (word: string) => anyOf([wordQuery(word), anyWordQuery(ukrainianForms(word))]);
  if (words.length === 1 && containsCyrillic(term)) return ukrainianWord(term);
  if (words.length > 1 && containsCyrillic(term)) return anyOf([phraseQuery(words.join(' ')), sequenceOf(words.map(ukrainianWord))]);
  return words.length > 1 ? phraseQuery(words.join(' ')) : wordQuery(term);
}

const MAX_COMPOUNDS = 40;

/**
 * Words of the index that are German compounds with the word as one of their parts: for
 * "Partnerschaft" Städtepartnerschaft, for "Schule" Gemeinschaftsschule and Schulsanierung.
 */
async function compoundsWith(ctx: ServiceContext, term: QueryTerm): Promise<string[]> {
  if (term.phrase || term.words.length !== 1 || containsCyrillic(term.text)) return [];
  const folded = foldWord(term.text);
  if (folded.length < 4 || !/^\p{L}+$/u.test(folded)) return [];
  return ctx.transaction(async (tx) => {
    const stem = await germanStem(tx, folded);
    const candidates = await termsContaining(tx, [...new Set([partRoot(folded), stem])], 400);
    return candidates.filter((candidate) => hasPart(candidate, folded, stem)).slice(0, MAX_COMPOUNDS);
  });
}

/** Whether a name of the place is the term nearly as written, word for word ("Hettingn", not "Springs" for Warm Springs). */
function spelledNearly(place: PlaceSpellings, term: QueryTerm): boolean {
  const key = plainKey(term.text);
  return place.names.some((name) => name.split(/[\s-]+/).length === term.words.length && trigramSimilarity(plainKey(name), key) >= 0.5);
}

function excludedQuery(excluded: QueryTerm[]): SQL[] {
  return excluded.length === 0 ? [] : [noneOf(excluded.map((term) => (term.phrase ? phraseQuery(term.text) : wordQuery(term.text))))];
}

/**
 * One search over every record and document the viewer may see, in German, English and
 * Ukrainian: words are matched stemmed and as written, without accents; a place is found by any
 * of its names (Kiew, Kyiv, Київ); words that find nothing are replaced by the closest words of
 * the index (typos); when no record has every word, records with some of them are shown. Facets
 * count kinds of record, themes, countries and years. Keyset-paginated by score.
 */
export async function search(ctx: ServiceContext, query: SearchQuery, readerLanguage = 'de'): Promise<SearchResult> {
  const cursor = decodeCursor(query.cursor, 4);
  const mode = String(cursor?.[3] ?? '');
  // Later pages of a query searched by the parts of its compounds are searched so again.
  if (cursor && mode.startsWith(SPLIT)) {
    const split = splitCompounds(query.q);
    if (split) return markedSplit(await searchAsTyped(ctx, { ...query, q: split.q, cursor: encodeCursor([cursor[0]!, cursor[1]!, cursor[2]!, mode.slice(SPLIT.length)]) }, readerLanguage));
  }
  const result = await searchAsTyped(ctx, query, readerLanguage);
  if (!cursor && result.total > 0 && result.places.length === 0) return withCompoundParts(ctx, query, readerLanguage, result);
  if (cursor || result.total > 0 || result.places.length > 0) return result;
  // German compounds that no record has ("Jugendaustausch") are searched by their parts.
  const split = splitCompounds(query.q);
  if (!split) return result;
  const byParts = await searchAsTyped(ctx, { ...query, q: split.q }, readerLanguage);
  if (byParts.total === 0) return result;
  return { ...markedSplit(byParts), corrections: [...split.corrections, ...byParts.corrections] };
}

/**
 * A German compound that no text has but whose idea the thesaurus names ("Schrebergarten":
 * Kleingarten, allotments) is searched by its parts too when the idea fills less than a page: the
 * records with the parts (Kleingartenvereine for "Garten") follow those of the idea, later pages
 * are searched by the parts, and the parts are reported in `alsoSearched`.
 */
async function withCompoundParts(ctx: ServiceContext, query: SearchQuery, readerLanguage: string, result: SearchResult): Promise<SearchResult> {
  const room = query.limit - result.items.length;
  if (result.alsoSearched.length === 0 || result.nextCursor || room <= 0) return result;
  const split = splitCompounds(query.q);
  if (!split || (await ctx.transaction((tx) => anyMatch(tx, allOf(split.corrections.map((correction) => wordQuery(correction.term))))))) return result;
  const byParts = await searchAsTyped(ctx, { ...query, q: split.q, limit: room }, readerLanguage);
  const shown = new Set(result.items.map((item) => `${item.type}:${item.id}`));
  const added = byParts.items.filter((item) => !shown.has(`${item.type}:${item.id}`));
  if (added.length === 0) return result;
  return {
    ...result,
    items: [...result.items, ...added],
    nextCursor: markedSplit(byParts).nextCursor,
    total: result.total + byParts.total - (byParts.items.length - added.length),
    estimated: result.estimated || byParts.estimated,
    facets: result.facets && byParts.facets ? largerFacets(result.facets, byParts.facets) : result.facets,
    alsoSearched: [...result.alsoSearched, ...split.corrections.flatMap((correction) => correction.replacements)],
  };
}

/** Facet counts of two searches whose matches overlap: the larger count of each value (at least every match of either). */
function largerFacets(one: NonNullable<SearchResult['facets']>, other: NonNullable<SearchResult['facets']>): NonNullable<SearchResult['facets']> {
  const merge = <T extends { value: string; count: number }>(a: T[], b: T[]): T[] => {
    const byValue = new Map(a.map((entry) => [entry.value, entry]));
    for (const entry of b) if ((byValue.get(entry.value)?.count ?? -1) < entry.count) byValue.set(entry.value, entry);
    return [...byValue.values()].sort((x, y) => y.count - x.count);
  };
  return { type: merge(one.type, other.type), theme: merge(one.theme, other.theme), country: merge(one.country, other.country), year: merge(one.year, other.year).sort((x, y) => Number(y.value) - Number(x.value)) };
}

/** Marks the cursor of a query searched by the parts of its compounds. */
const SPLIT = 'split|';

function markedSplit(result: SearchResult): SearchResult {
  const next = decodeCursor(result.nextCursor ?? undefined, 4);
  return next ? { ...result, nextCursor: encodeCursor([next[0]!, next[1]!, next[2]!, `${SPLIT}${String(next[3])}`]) } : result;
}

/** The query with each German compound of it written as its parts, and those replacements; none when it has no compound. */
function splitCompounds(q: string): { q: string; corrections: SearchResult['corrections'] } | undefined {
  const corrections: SearchResult['corrections'] = [];
  let rewritten = q.normalize('NFC');
  for (const term of parseQuery(q).terms) {
    if (term.phrase || term.words.length !== 1 || containsCyrillic(term.text)) continue;
    const parts = compoundPartsAsWritten(term.text);
    if (parts.length < 2) continue;
    rewritten = rewritten.replace(term.text, parts.join(' '));
    corrections.push({ term: term.text, replacements: [parts.join(' ')] });
  }
  return corrections.length > 0 ? { q: rewritten, corrections } : undefined;
}

async function searchAsTyped(ctx: ServiceContext, query: SearchQuery, readerLanguage: string): Promise<SearchResult> {
  const cursor = decodeCursor(query.cursor, 4);
  const after = cursor ? { score: Number(cursor[0]), type: String(cursor[1]), id: String(cursor[2]) } : undefined;
  const parsed = parseQuery(query.q);
  const empty: SearchResult = { items: [], nextCursor: null, total: 0, estimated: false, facets: null, corrections: [], matched: 'all', places: [], alsoSearched: [] };
  if (parsed.terms.length === 0) return empty;
  const filters: SearchFilters = { type: query.type, theme: query.theme, country: query.country, year: query.year, language: query.language };

  return ctx.transaction(async (tx, ctx) => {
    let groups = await termGroups(ctx, parsed.terms);
    // Words German or English text leaves out of its index ("über", "the") would find only titles: a
    // query of several words goes without them (names of places such as Frankfurt am Main keep theirs).
    if (groups.length > 1) {
      const common = await stopwords(tx, groups.filter((group) => group.correctable || group.source.term.words.length === 1).map((group) => group.text));
      const meaningful = groups.filter((group) => group.source.term.phrase || group.source.term.words.length > 1 || group.source.places.length > 0 || !common.has(group.text));
      if (meaningful.length > 0) groups = meaningful;
    }
    const exclusions = excludedQuery(parsed.excluded);
    // The cursor remembers whether the first page had to relax the query; later pages do the same.
    // `some`: few records have every word, so those with some of them follow (more of them first);
    // `any`: none has every word.
    // `-every`: candidates were drawn from every word (none very common).
    const mode = String(cursor?.[3] ?? 'all');
    let matched: 'all' | 'some' | 'any' = mode.startsWith('any') ? 'any' : mode.startsWith('some') ? 'some' : 'all';
    const corrections: SearchResult['corrections'] = [];
    // The same idea in the other languages (thesaurus, theme names), ranked below the words themselves:
    // of the whole query instead of it, of a part instead of that part.
    const equivalence = await equivalentsOf(ctx, groups);
    const alsoSearched = equivalence.all;
    const equivalents = equivalence.whole.map(equivalentQuery);
    groups = groups.map((group) => {
      const terms = equivalence.byPart.get(group.text) ?? [];
      return terms.length === 0 ? group : { ...group, query: anyOf([group.query, ...terms.map(equivalentQuery)]), source: { ...group.source, equivalents: terms } };
    });
    // With some of the words: the parts candidates are drawn from (not the very common words).
    let drawn: TermGroup[] | undefined;
    const drawFrom = () => (drawn && drawn.length < groups.length ? drawn : groups);
    const build = (from = drawFrom()) =>
      allOf([anyOf([matched === 'all' ? allOf(groups.map((group) => group.query)) : anyOf(from.map((group) => group.query)), ...equivalents]), ...exclusions]);
    const sought = () => (matched !== 'all' && drawFrom() !== groups ? build(groups) : undefined);
    const coverage = () => (matched === 'all' || groups.length < 2 ? undefined : { parts: groups.map((group) => group.query), whole: equivalents.length > 0 ? anyOf(equivalents) : undefined });
    // A query that names one idea of several words ("social housing") means those words together:
    // the phrase first, then its equivalents in the other languages, then records with the words apart.
    const namesOneIdea = groups.length > 1 && groups.length === parsed.terms.length && equivalence.whole.length > 0;
    const literalOfAll = () => (namesOneIdea ? sequenceOf(groups.map((group) => group.literal)) : allOf(groups.map((group) => group.literal)));
    // With some of the words, the tiers are those of every word: rows with fewer words rank by how many they have.
    const buildLiteral = () => allOf([matched !== 'any' ? literalOfAll() : anyOf(drawFrom().map((group) => group.literal)), ...exclusions]);
    const buildCompound = () => allOf([matched !== 'any' ? allOf(groups.map((group) => group.compound)) : anyOf(drawFrom().map((group) => group.compound)), ...exclusions]);
    const expanded = () => alsoSearched.length > 0 || groups.some((group) => group.source.compounds.length > 0 || group.source.related.length > 0);
    const equivalent = () => (namesOneIdea && matched !== 'any' ? anyOf(equivalents) : undefined);
    const run = () => runSearch(tx, ctx.viewer, { query: build(), literal: expanded() ? buildLiteral() : undefined, compound: expanded() ? buildCompound() : undefined, equivalent: equivalent(), coverage: coverage(), sought: sought(), kind: kindNamedBy(parsed.excluded.length === 0 ? query.q : ''), filters, limit: query.limit, after, facets: !cursor, ranking: RANKING, candidates: CANDIDATES });

    // Places the query names; towns only the gazetteer knows are shown apart from the results.
    const namedPlaces = groups.length > 0 && groups.every((group) => group.source.places.length > 0) ? groups.flatMap((group) => group.source.places) : [];
    const nearPlaces: PlaceSpellings[] = [];

    // Later pages of records with some of the words draw from the same parts as the first.
    if (matched !== 'all' && !mode.endsWith('-every')) drawn = await rarerParts(tx, groups);
    let result = await run();
    if (result.total === 0 && !cursor) {
      // Words that find nothing at all are probably misspelt: search for the closest words instead.
      let corrected = false;
      const repaired: TermGroup[] = [];
      for (const group of groups) {
        // A place name is no typo, even when nothing refers to the place; nor is a word of the Ukrainian dictionary ("відновлення" is not "оновлення").
        if (!group.correctable || group.source.places.length > 0 || isUkrainianWord(group.text) || (await anyMatch(tx, group.query))) {
          repaired.push(group);
          continue;
        }
        const word = group.text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
        // Towns spelt nearly so are offered as places; only those records refer to correct the word.
        const like = await placeSpellingsLike(ctx, group.text);
        // A word spelt nearly as a town is ("Hettingn") is corrected only to words much like it.
        const loose = !like.some((place) => spelledNearly(place, group.source.term));
        const terms = nearestTerms(word, await similarTerms(tx, word, LOOSE_SIMILARITY, 12), loose);
        const towns = await unreferencedTowns(tx, like.map((place) => place.placeId));
        const places = like.filter((place) => !towns.has(place.placeId));
        // An ordinary word that finds nothing ("Fernwärme") is no misspelt town ("Fernway").
        if (!isDictionaryWord(group.text)) nearPlaces.push(...like.filter((place) => towns.has(place.placeId) && spelledNearly(place, group.source.term)));
        const replacements = [...new Set([...terms.map((term) => term.term), ...places.map((place) => place.names.find((name) => /^[\p{Script=Latin}\s-]+$/u.test(name)) ?? place.names[0]!)])];
        if (replacements.length === 0) {
          repaired.push(group);
          continue;
        }
        corrected = true;
        corrections.push({ term: group.text, replacements });
        // The corrected word's idea in the other languages, as for a word typed right.
        const others = await correctedEquivalents(ctx, terms.map((term) => term.term), alsoSearched);
        alsoSearched.push(...others);
        repaired.push({
          ...group,
          query: anyOf([
            groupQuery(group.source.term, [...group.source.places, ...places], terms.map((term) => term.term), group.source.compounds, group.source.related),
            ...[...(group.source.equivalents ?? []), ...others].map(equivalentQuery),
          ]),
          literal: groupQuery(group.source.term, [...group.source.places, ...places], terms.map((term) => term.term)),
          compound: groupQuery(group.source.term, [...group.source.places, ...places], terms.map((term) => term.term), group.source.compounds, group.source.related),
        });
      }
      groups = repaired;
      if (corrected) result = await run();
    }
    // Few or no records with every word: records with some of them follow, those with more first. A
    // query naming one idea ("district heating") is not taken apart while any record has it.
    if (!cursor && matched === 'all' && groups.length > 1 && (result.total === 0 || (result.total < FEW_MATCHES && !namesOneIdea))) {
      matched = result.total > 0 ? 'some' : 'any';
      drawn = await rarerParts(tx, groups);
      result = await run();
    }

    const shown = result.rows.slice(0, query.limit);
    const details = await findEntryDetails(tx, ctx.viewer, shown, result.queryText, { start: MARK_START, stop: MARK_STOP }, readerLanguage);
    const scores = new Map(shown.map((row) => [`${row.recordType}:${row.recordId}`, row.score]));
    const last = shown.at(-1);
    const themeLabels = result.facets ? await themeRefsByIds(ctx, result.facets.theme.map(([id]) => id)) : new Map();
    const shownIds = new Set(shown.map((row) => row.recordId));
    const placeIds = [...new Set([...namedPlaces, ...nearPlaces].map((place) => place.placeId))].filter((id) => !shownIds.has(id));
    // Filtered to other kinds, themes, years or languages, the answer holds no towns apart either.
    const placesWanted = !cursor && (filters.type === undefined || filters.type === 'place') && !filters.theme && !filters.year && !filters.language;
    const places: SearchPlace[] = !placesWanted
      ? []
      : (await findPlaceEntries(tx, ctx.viewer, placeIds)).map(presentSearchPlace);

    return {
      items: details.map((detail) => presentSearchItem(detail, scores.get(`${detail.recordType}:${detail.recordId}`) ?? 0)),

      nextCursor: result.rows.length > query.limit && last ? encodeCursor([last.score, last.recordType, last.recordId, matched !== 'all' && drawFrom() === groups ? `${matched}-every` : matched]) : null,
      total: result.total,
      estimated: result.estimated,
      facets: result.facets ? presentFacets(result.facets, themeLabels) : null,

      corrections,
      matched: matched === 'any' ? 'any' : 'all',
      places,
      alsoSearched,
    };
  });
}

/** The current titles of records of any kind that the viewer may see, with where the web app shows them. */
export async function recordTitles(ctx: ServiceContext, ids: string[]): Promise<{ id: string; recordType: SearchType; title: Record<string, string>; path: string }[]> {
  const titles = await ctx.transaction((tx, ctx) => findEntryTitles(tx, ctx.viewer, ids));
  return [...titles].map(([key, entry]) => presentRecordTitle(key.slice(key.indexOf(':') + 1), entry));
}

/** Where the web app shows a record, and the current titles of records by id. */
export { recordPath } from './record-paths.js';
export { findEntryTitles } from './search.repository.js';
