import filters from './data/place-name-filters.json' with { type: 'json' };
import type { ExtractionLanguage, TextSpan } from './extraction.types.js';
import type { GazetteerCountry, GazetteerIndex, GazetteerTown } from './gazetteer-index.js';
import { startsUpper, type Token } from './text.js';
import { ukrainianNominatives } from './ukrainian-place-cases.js';

const NOT_PLACES = new Set(filters.notPlaces);
const COMMON_WORD_PLACES = new Set(filters.commonWordPlaces);
const GIVEN_NAMES = new Set(filters.givenNames);
const PERSON_TITLES = new Set(filters.personTitles);

/** Words before a town's name that say a place follows. */
const LOCATIVE = new Set([
  'in', 'aus', 'nach', 'bei', 'von', 'nahe', 'zwischen', 'from', 'to', 'near', 'between', 'via', 'visited', 'visiting', 'besuchte',
  'besuchten', 'besucht', 'у', 'в', 'з', 'до',
]);
/** Nouns before a town's name that say it is a town ("die Stadt Leipzig", "Stadtwerke Gersthofen", "the city of Lviv"). */
const TOWN_NOUNS = new Set([
  'stadt', 'gemeinde', 'kommune', 'großstadt', 'kreisstadt', 'partnerstadt', 'partnerstädte', 'städte', 'kommunen', 'gemeinden', 'stadtverwaltung',
  'stadtwerke', 'stadtwerken', 'landkreis', 'landkreises', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'stadtrat', 'city', 'town',
  'municipality', 'municipalities', 'cities', 'towns', 'village', 'hromada', 'mayor', 'місто', 'міста', 'громада',
]);
const ARTICLES = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'eines', 'einen', 'im', 'am', 'zum', 'zur', 'beim', 'vom', 'ins',
  'the', 'a', 'an', 'this', 'that', 'our', 'its', 'their', 'his', 'her', 'your', 'my', 'unser', 'unsere', 'unseren', 'diese', 'dieser', 'dieses', 'jede', 'jeder',
  'dein', 'deine', 'deinen', 'deiner', 'ihre', 'ihren', 'ihrer', 'seine', 'seinen', 'seiner', 'meine', 'meinen', 'euren', 'eure',
]);
const COUNTRY_ADJECTIVE = /^\p{Ll}{3,}(?:ischen|ische|ischer|isches)$/u;
const STREET_WORDS = /^(?:straße|strasse|str|platz|allee|weg|ring|gasse|damm|ufer|chaussee|street|road|avenue|square|lane|boulevard|вулиця|вул)$/i;
/** German adjectives of towns that do not add "-er" to the name. */
const IRREGULAR_ADJECTIVES: Record<string, string> = {
  münchner: 'München', dresdner: 'Dresden', bremer: 'Bremen', hannoveraner: 'Hannover', hallenser: 'Halle', hallesche: 'Halle',
  wiener: 'Wien', lemberger: 'Lemberg', prager: 'Prag', warschauer: 'Warschau', görlitzer: 'Görlitz', zürcher: 'Zürich', chemnitzer: 'Chemnitz',
};
const LIST_GLUE = /^\s*(?:,|und|and|sowie|oder|or|&|\/|;)\s*(?:,\s*)?(?:und|and)?\s*$/;

export type MentionForm = 'name' | 'genitive' | 'adjective' | 'district';

export interface TownMention extends TextSpan {
  /** The name as written, reduced to the town's name for genitives, adjectives and districts. */
  name: string;
  town: GazetteerTown;
  /** Other towns the name could mean, best first. */
  alternatives: GazetteerTown[];
  form: MentionForm;
  /** Found through a lossy transliteration key, not an exact spelling. */
  fuzzy: boolean;
  /** The word before: a preposition, "Stadt", a country after it … */
  cue: boolean;
}

export interface CountryMention extends TextSpan {
  name: string;
  country: GazetteerCountry;
}

export interface PlaceMentions {
  towns: TownMention[];
  countries: CountryMention[];
}

interface Candidate extends TownMention {
  tokenIndex: number;
  tokenEnd: number;
  accepted: boolean;
  blocked: boolean;
}

const isStrong = (town: GazetteerTown) => town.curated || town.population >= 100_000;
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

/**
 * Towns and countries named in a text. Every capitalised word (and run of up to a few words) is
 * looked up; a small town must come with a cue (a preposition, "Stadt", a country, a list with
 * other towns), a word after an article is a noun rather than a town ("das Essen", "die Halle"),
 * and given names before a surname are people. A town accepted once counts at every mention.
 */
export function findPlaces(text: string, tokens: Token[], index: GazetteerIndex, language: ExtractionLanguage): PlaceMentions {
  const countries: CountryMention[] = [];
  const candidates: Candidate[] = [];
  const between = (a: Token, b: Token) => text.slice(a.end, b.start);
  // Texts repeat their words; each is looked up once.
  const lookups = new Map<string, WordLookup | null>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!startsUpper(token.text)) continue;
    const key = index.key(token.text);
    // Several words: "Frankfurt am Main", "Halle (Saale)", "Bila Tserkva", "South Africa".
    let matched = false;
    for (let n = index.startsMultiWordName(key) ? Math.min(index.maxWords + 1, 5) : 1; n >= 2 && !matched; n--) {
      const last = tokens[i + n - 1];
      if (!last) continue;
      let contiguous = true;
      for (let k = i; k < i + n - 1; k++) if (!/^[\s()]*$/.test(between(tokens[k]!, tokens[k + 1]!)) || /\n/.test(between(tokens[k]!, tokens[k + 1]!))) contiguous = false;
      if (!contiguous || !startsUpper(last.text.replace(/^\(/, ''))) continue;
      const spanText = text.slice(token.start, last.end);
      const country = index.country(spanText);
      if (country) {
        countries.push({ start: token.start, end: last.end, name: spanText, country });
        i += n - 1;
        matched = true;
        break;
      }
      const towns = index.exact(spanText);
      if (towns.length > 0) {
        // "Halle (Saale)": the closing bracket belongs to the name.
        const end = spanText.includes('(') && !spanText.includes(')') && text[last.end] === ')' ? last.end + 1 : last.end;
        candidates.push(candidate(i, i + n - 1, token.start, end, text.slice(token.start, end), towns, 'name', false));
        i += n - 1;
        matched = true;
      }
    }
    if (matched) continue;

    const country = index.country(token.text);
    if (country) {
      countries.push({ start: token.start, end: token.end, name: token.text, country });
      continue;
    }
    let found = lookups.get(token.text);
    if (found === undefined) lookups.set(token.text, (found = lookupWord(token.text, index, language)));
    if (found) candidates.push(candidate(i, i, token.start, token.end, found.name, found.towns, found.form, found.fuzzy));
  }

  // Cues and blocks from the words around.
  for (const mention of candidates) {
    const previous = tokens[mention.tokenIndex - 1];
    const beforePrevious = tokens[mention.tokenIndex - 2];
    const next = tokens[mention.tokenEnd + 1];
    const gapBefore = previous ? text.slice(previous.end, mention.start) : '';
    const gapAfter = next ? text.slice(mention.end, next.start) : '';
    const previousWord = /^\s+$/.test(gapBefore) ? lower(previous) : '';
    const key = index.key(mention.name);
    const afterIsCountry = next !== undefined && /^\s*(?:,|\()\s*$/.test(gapAfter) && index.country(next.text) !== undefined;
    const afterIsAlias = next !== undefined && /^\s*\(\s*$/.test(gapAfter) && index.exact(next.text).some((town) => town.geonamesId === mention.town.geonamesId);
    mention.cue =
      LOCATIVE.has(previousWord) ||
      // "dem ungarischen Eger", "der polnischen Partnerstadt": a country's adjective before the name.
      COUNTRY_ADJECTIVE.test(previousWord) ||
      TOWN_NOUNS.has(previousWord) ||
      (previousWord === 'of' && TOWN_NOUNS.has(lower(beforePrevious))) ||
      afterIsCountry ||
      afterIsAlias ||
      mention.form === 'district';
    const article = ARTICLES.has(previousWord) && mention.form !== 'adjective' && mention.form !== 'district';
    const person =
      (PERSON_TITLES.has(previousWord.replace(/\.$/, '')) && mention.form === 'name') ||
      (previous !== undefined && /^\s+$/.test(gapBefore) && GIVEN_NAMES.has(index.key(previous.text)) && startsUpper(previous.text)) ||
      (GIVEN_NAMES.has(key) && next !== undefined && /^ $/.test(gapAfter) && startsUpper(next.text) && mention.form === 'name');
    const street = next !== undefined && /^\s*$/.test(gapAfter) && STREET_WORDS.test(next.text.replace(/\.$/, ''));
    const streetCompound = /(?:straße|strasse|str|platz|allee|weg)$/i.test(text.slice(mention.start, mention.end + 12).split(/\s/)[0] ?? '');
    mention.blocked =
      article || person || street || streetCompound || NOT_PLACES.has(key) || (COMMON_WORD_PLACES.has(key) && !mention.cue && mention.form === 'name');
  }

  const focus = new Set(countries.map((mention) => mention.country.code));
  const accept = (mention: Candidate): boolean => {
    if (mention.blocked) return false;
    const { town } = mention;
    if (mention.form === 'adjective' || mention.form === 'genitive') return isStrong(town) && !mention.fuzzy;
    if (mention.form === 'district') return isStrong(town);
    if (mention.fuzzy) return town.curated || (mention.cue && focus.has(town.country) && town.population >= 2000);
    if (isStrong(town)) return true;
    return mention.cue && (focus.has(town.country) || town.population >= 10_000);
  };
  for (const mention of candidates) mention.accepted = accept(mention);
  for (const mention of candidates) if (mention.accepted) focus.add(mention.town.country);
  // A smaller town is preferred to a larger namesake when its country is the text's.
  for (const mention of candidates) {
    if (focus.has(mention.town.country)) continue;
    const local = mention.alternatives.find((town) => focus.has(town.country) && (town.curated || town.population >= 1000));
    if (local) {
      mention.alternatives = [mention.town, ...mention.alternatives.filter((town) => town !== local)];
      mention.town = local;
    }
  }
  acceptListedTowns(text, candidates, focus);
  return {
    towns: candidates.filter((mention) => mention.accepted).map(({ tokenIndex: _t, tokenEnd: _e, accepted: _a, blocked: _b, ...mention }) => mention),
    countries,
  };
}

/**
 * Lists of towns: "Sambir, Sumy, Bereschany und Melitopol"; a town accepted once counts
 * everywhere. Each acceptance is followed up once: the other mentions of the town and the
 * neighbours in a list.
 */
function acceptListedTowns(text: string, candidates: Candidate[], focus: ReadonlySet<string>): void {
  const byTown = new Map<number, number[]>();
  candidates.forEach((mention, position) => {
    const positions = byTown.get(mention.town.geonamesId);
    if (positions) positions.push(position);
    else byTown.set(mention.town.geonamesId, [position]);
  });
  const pending: number[] = [];
  candidates.forEach((mention, position) => {
    if (mention.accepted) pending.push(position);
  });
  // A town of another country in a list of towns counts when it is a town of some size: "aus Görlitz, Guben, Zgorzelec und Gubin".
  const listedBeside = (mention: Candidate, other: Candidate, gap: string) =>
    other.accepted && gap.length < 12 && LIST_GLUE.test(gap) && (focus.has(mention.town.country) || mention.town.population >= 15_000);
  const tryList = (position: number) => {
    const mention = candidates[position];
    if (!mention || mention.accepted || mention.blocked) return;
    const before = candidates[position - 1];
    const after = candidates[position + 1];
    const inList =
      (before !== undefined && listedBeside(mention, before, text.slice(before.end, mention.start))) ||
      (after !== undefined && listedBeside(mention, after, text.slice(mention.end, after.start)));
    if (inList && (mention.form === 'name' || isStrong(mention.town))) {
      mention.accepted = true;
      pending.push(position);
    }
  };
  const doneTowns = new Set<number>();
  while (pending.length > 0) {
    const position = pending.pop()!;
    const { town } = candidates[position]!;
    if (!doneTowns.has(town.geonamesId)) {
      doneTowns.add(town.geonamesId);
      for (const other of byTown.get(town.geonamesId)!) {
        const mention = candidates[other]!;
        if (mention.accepted || mention.blocked) continue;
        mention.accepted = true;
        pending.push(other);
      }
    }
    tryList(position - 1);
    tryList(position + 1);
  }
}

function candidate(
  tokenIndex: number,
  tokenEnd: number,
  start: number,
  end: number,
  name: string,
  towns: GazetteerTown[],
  form: MentionForm,
  fuzzy: boolean,
): Candidate {
  return { tokenIndex, tokenEnd, start, end, name, town: towns[0]!, alternatives: towns.slice(1, 4), form, fuzzy, cue: false, accepted: false, blocked: false };
}

/** The town a single word names: as written, by another transliteration, or as genitive, adjective or district compound. */
interface WordLookup {
  name: string;
  towns: GazetteerTown[];
  form: MentionForm;
  fuzzy: boolean;
}

function lookupWord(word: string, index: GazetteerIndex, language: ExtractionLanguage): WordLookup | null {
  const make = (name: string, towns: GazetteerTown[], form: MentionForm, fuzzy: boolean) => ({ name, towns, form, fuzzy });
  const exact = index.exact(word);
  if (exact.length > 0) return make(word, exact, 'name', false);
  // Leipzig-Grünau, Kiew-Darnitskij: a district of the town before the hyphen.
  const hyphen = word.indexOf('-');
  if (hyphen > 0) {
    const head = word.slice(0, hyphen);
    const rest = word.slice(hyphen + 1);
    if (startsUpper(head) && startsUpper(rest)) {
      const towns = index.exact(head);
      if (towns.length > 0) return make(head, towns, 'district', false);
    }
  }
  // English possessive and German genitive: Kyiv's, Leipzigs.
  const possessive = /^(.+?)(?:['’]s|s)$/u.exec(word);
  if (possessive && possessive[1]!.length >= 3) {
    const towns = index.exact(possessive[1]!);
    if (towns.length > 0 && towns[0]!.population >= 100_000) return make(possessive[1]!, towns, 'genitive', false);
  }
  if (language !== 'en') {
    const lowerWord = word.toLowerCase();
    const irregular = IRREGULAR_ADJECTIVES[lowerWord.replace(/(?:innen|in|n)$/u, '')] ?? IRREGULAR_ADJECTIVES[lowerWord];
    if (irregular) {
      const towns = index.exact(irregular);
      if (towns.length > 0) return make(irregular, towns, 'adjective', false);
    }
    const adjective = /^(.{3,}?)er(?:n|in|innen)?$/u.exec(word);
    if (adjective) {
      const towns = index.exact(adjective[1]!);
      if (towns.length > 0) return make(adjective[1]!, towns, 'adjective', false);
    }
  }
  if (/\p{Script=Cyrillic}/u.test(word)) {
    for (const { name, adjective } of ukrainianNominatives(word)) {
      const towns = index.exact(name);
      if (towns.length > 0) return make(name, towns, adjective ? 'adjective' : 'name', false);
    }
  }
  if (word.length >= 5 && !word.includes('-')) {
    const similar = index.similar(word);
    if (similar.length > 0) return make(word, similar, 'name', true);
  }
  return null;
}
