import known from './data/known-organizations.json' with { type: 'json' };
import type { OrganizationKind } from '../../actors/actors.types.js';
import { plainKey } from '../../../core/names/name-keys.js';
import type { OrganizationProposal, Sentence } from './extraction.types.js';
import { organizationKind } from './organization-kinds.js';
import { SpanIndex } from './span-index.js';
import { evidenceFor, startsUpper, type Token } from './text.js';

/** Words a German organisation name ends in: "Stadtplanungsamt", "Bundesministerium", "Landesarbeitsgemeinschaft". */
const GERMAN_HEAD =
  /^(?:\p{Lu}[\p{L}-]*?(?:amt(?:e?s)?|ministeriums?|gesellschaft|verwaltung|arbeitsgemeinschaft|förderung|agentur|stelle)|(?:\p{Lu}[\p{L}-]*?)?(?:Amt(?:e?s)?|Ministeriums?|Referat|Dezernat|Agentur|Behörde|Gesellschaft|Stiftung|Institut|Verband|Servicestelle|Arbeitsgemeinschaft|Fachbereich|Quartiersmanagement|Stadtteilmanagement|Bundesanstalt|Kammer|Universität|Hochschule|Akademie|Verwaltung|Netzwerk|Städtetag|Wirtschaftsförderung|Aufbaubank|Förderbank|Entwicklungsbank))$/u;
/** Generic words that look like heads but name no organisation on their own. */
const NOT_HEADS = new Set(['ehrenamt', 'gesellschaft', 'zivilgesellschaft', 'stadtgesellschaft', 'verwaltung', 'stadtverwaltung', 'bezirksverwaltung', 'netzwerk', 'amt', 'institut', 'universität', 'hochschule', 'beamt', 'insgesamt', 'gesamt', 'samt', 'wirtschaftsförderung', 'städtebauförderung', 'förderung', 'stelle', 'agentur', 'stadtverwaltungen', 'kommunalverwaltung', 'verwaltungen']);
const NOT_HEAD_ENDINGS = /(?:^(?:[Ii]ns)?[Gg]esamt|[Ff]örderung|[Ss]telle)$/u;
/** English heads: "Ministry of …", "Lviv City Council", "Kyiv School of Economics". */
const ENGLISH_HEAD =
  /^(?:Ministry|Department|Office|Agency|Administration|Council|University|Institute|Association|Foundation|Network|Corporation|Cooperative|Co-operative|Chamber|Academy|Polytechnic|Authority|Bank|Company|Utility|Centre|Center|Congress|Parliament|School|Federation|Union|Commission|Secretariat|Municipality|Assembly|Agency)$/u;
/** Words after which a name follows: "Stadtwerke Gersthofen", "Wohnungsbaugenossenschaft Kontakt". */
const NAME_TAKING_HEADS =
  /^(?:Stadtwerke|Stadtwerken|Verkehrsbetriebe|Verkehrsbetrieben|Stadtverwaltung|Bezirksverwaltung|Kreisverwaltung|Gemeindeverwaltung|Bezirksamt|Landratsamt|Wohnungsbaugenossenschaft|Wohnungsgenossenschaft|Baugenossenschaft|Stadtteilzentrum|Bürgerhaus|Bürgerzentrum|Nachbarschaftshaus|Kulturzentrum|Jugendzentrum|Soziokulturelles|Universität|Hochschule|Stiftung|Verein|Netzwerk|Planungsbüro|Büro|Stadtverwaltungen|Quartiersmanagement|Stadtteilmanagement|Stadtteilladen|Stadtteilbüro|Quartiersbüro|Fachbereich|Fachbereichs)$/u;
const ABBREVIATION = '[\\p{L}][\\p{L}\\d&-]{1,9}(?: [\\p{Lu}][\\p{L}]{1,15})?';
const LEGAL_FORM = new RegExp(`^\\s*(?:\\((${ABBREVIATION})\\)\\s*)?(gGmbH|GmbH\\s*&\\s*Co\\.\\s*KG|GmbH|mbH|AG|SE|eG|KG|e\\.\\s?V\\.|Ltd\\.?|LLC|Inc\\.?|plc)(?![\\p{L}])`, 'u');
const ABBREVIATION_AFTER = new RegExp(`^\\s*\\((${ABBREVIATION})\\)`, 'u');
/** Nouns that introduce a name and tell its kind: "the consultancy Urban Plus", "des Versorgers Kyivteploenergo". */
const LEAD_NOUNS: [RegExp, OrganizationKind][] = [
  [/^(?:consultancy|consultants|Beratungsfirma|Beratungsunternehmen|Planungsbüros?)$/u, 'consultancy'],
  [/^(?:utility|Versorgers?|Energieversorgers?|Wasserversorgers?)$/u, 'utility'],
  [/^(?:cooperative|Genossenschaft|Wohnungsgenossenschaft|Wohnungsbaugenossenschaft)$/u, 'housing_cooperative'],
  [/^(?:housing company|transport company|Wohnungsgesellschaft|Wohnungsunternehmens?|Verkehrsbetriebs?)$/u, 'municipal_enterprise'],
  [/^(?:network|association|Netzwerks?|Verbands?|Vereins?)$/u, 'network'],
  [/^(?:foundation|NGO|Stiftung|Initiative)$/u, 'ngo'],
  [/^(?:company|firm|Firma|Unternehmens?)$/u, 'company'],
];
/** Any of the lead nouns: one test before looking for which. */
const ANY_LEAD_NOUN = new RegExp(LEAD_NOUNS.map(([pattern]) => pattern.source).join('|'), 'u');
const LEAD_SECOND_WORDS = new Set(['company']);
const LEAD_FIRST_LETTERS = new Set([...'cCuUVWBGnNaAfFPsSIhHtTEfFWUNn']);
const LEGAL_FORM_WORDS = new Set(['gGmbH', 'GmbH', 'mbH', 'AG', 'SE', 'eG', 'KG', 'e', 'Ltd', 'LLC', 'Inc', 'plc']);
const FUNCTION_WORDS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'oder', 'mit', 'von', 'bei', 'für', 'im', 'am', 'zum', 'zur', 'vom', 'ein', 'eine', 'einer', 'the', 'of', 'and', 'with', 'by', 'from', 'for', 'at', 'in', 'to', 'a', 'an', 'sowie', 'als', 'auch', 'wie', 'ist', 'sind', 'war', 'its', 'their', 'new', 'neue', 'neuen']);
/** A word that can be part of a name: capitalised, or a brand in lower case with capitals or digits inside (DEW21, eins energie). */
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}+[\p{Lu}\d])/u;

/** Small words inside names: "Amt für Stadtgrün und Gewässer", "Ministry of Communities and Territories". */
const CONNECTORS_DE = new Set(['für', 'und', 'der', 'des', 'von', 'zur', 'zum', '&']);
const CONNECTORS_EN = new Set(['of', 'for', 'and', 'the', '&', 'on']);
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'the', 'a', 'an', 'mit', 'durch', 'von']);
/** Capitalised words that start a sentence rather than a name. */
const SENTENCE_WORDS = new Set(['Die', 'Der', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'The', 'A', 'An', 'Im', 'In', 'Am', 'Auch', 'Mit', 'Bei', 'Von', 'Für', 'Als', 'At', 'On', 'For', 'With', 'By', 'From', 'Dort', 'Hier', 'Zudem', 'Außerdem', 'Partner', 'Auftraggeber', 'Projektträger', 'Client', 'Organiser', 'Organizer', 'Host', 'Gastgeber', 'Träger', 'Ansprechpartner', 'Contact', 'Kontakt', 'Beteiligt', 'Participants', 'Teilnehmende']);

/**
 * Words a name reaches out from its head word, each way. Longer names do not occur; the bound
 * keeps a long run of capitalised words from being walked once for every head in it.
 */
const MAX_NAME_WORDS = 16;
/** Blanks between two words of a name, at most. */
const MAX_NAME_GAP = 20;

interface KnownOrganization {
  kind: OrganizationKind;
  names: string[];
}
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN = (known.organizations as KnownOrganization[]).map((entry) => ({ ...entry, primary: entry.names[0]! }));
/** One pattern for every known name; the group that matched tells which organisation. */
const KNOWN_PATTERN = new RegExp(
  KNOWN.map((entry) => `(${entry.names.map(escape).sort((a, b) => b.length - a.length).join('|')})`).map((group) => `(?<![\\p{L}\\d-])${group}(?![\\p{L}\\d-])`).join('|'),
  'gu',
);

interface Found {
  start: number;
  end: number;
  name: string;
  kind: OrganizationKind;
  shortName: string | null;
  known: string | null;
}

/** The key two mentions of one organisation share: lower case, no accents, no German case endings. */
export function organizationKey(name: string): string {
  return plainKey(name)
    .split(' ')
    .filter((word) => !['der', 'die', 'das', 'des', 'dem', 'den', 'the'].includes(word))
    .map((word) => (word.length > 4 ? word.replace(/(?:es|en|er|em|e|s|n)$/u, '') : word))
    .join(' ');
}

/**
 * Organisations named in a text, with a kind each: German offices and ministries ("Amt für
 * Jugend, Familie und Bildung", "Stadtplanungsamt", "Bundesministerium für …"), names with a
 * legal form ("… GmbH", "… e. V."), English names ("Ministry of …", "Lviv City Council"), names
 * after "Stadtwerke", "Wohnungsbaugenossenschaft" and the like, and a list of known ones.
 * An abbreviation given in brackets ("(GIZ)") finds the later mentions by abbreviation.
 */
export function findOrganizations(text: string, tokens: Token[], sentences: Sentence[], townStarts: ReadonlySet<number> = new Set()): OrganizationProposal[] {
  const found: Found[] = [];
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));

  const extendRight = (from: number, connectors: Set<string>): number => {
    // Items after "für"/"of": capitalised words, lists "A, B und C", lower-case adjectives before a noun.
    let end = from;
    let k = from + 1;
    let pendingComma = false;
    while (k < tokens.length && k - from <= MAX_NAME_WORDS) {
      const token = tokens[k]!;
      const space = gap(tokens[k - 1]!, token);
      if (space.length > MAX_NAME_GAP || /\n/.test(space) || /[.;:!?()"„“”]/.test(space) || /\s-\s/.test(space)) break;
      const word = token.text;
      if (FUNCTION_WORDS.has(word) && !connectors.has(word)) break;
      if (/,/.test(space)) {
        // "Bundesministerium des Innern, für Bau und Heimat"
        if (word === 'für' && connectors.has(word)) {
          k++;
          continue;
        }
        if (!startsUpper(word)) break;
        pendingComma = true;
      }
      if (connectors.has(word)) {
        const next = tokens[k + 1];
        if (!next || /\n|[.;:,()]/.test(gap(token, next))) break;
        k++;
        continue;
      }
      if (startsUpper(word) || /^\p{Ll}+(?:e|en|er|es|em|ische[nmrs]?)$/u.test(word)) {
        if (!startsUpper(word)) {
          const next = tokens[k + 1];
          if (!next || !startsUpper(next.text) || /[,.;()]/.test(gap(token, next))) break;
          k++;
          continue;
        }
        if (pendingComma) {
          // "A, B" belongs to the name only when the list closes with "und C".
          let look = k + 1;
          while (look < tokens.length && look - k <= MAX_NAME_WORDS && /^\s*,\s*$/.test(gap(tokens[look - 1]!, tokens[look]!)) && startsUpper(tokens[look]!.text)) look++;
          const closing = tokens[look];
          if (!(closing && (closing.text === 'und' || closing.text === 'and'))) break;
          pendingComma = false;
        }
        end = k;
        k++;
        continue;
      }
      break;
    }
    return pendingComma ? Math.min(end, k - 1) : end;
  };

  const extendLeft = (from: number, english: boolean): number => {
    let start = from;
    for (let k = from - 1; k >= 0 && from - k <= MAX_NAME_WORDS; k--) {
      const token = tokens[k]!;
      const space = gap(token, tokens[k + 1]!);
      if (!/^ ?$/.test(space)) break;
      if (!(startsUpper(token.text) || (english && /^\p{Ll}+\p{Lu}/u.test(token.text))) || SENTENCE_WORDS.has(token.text)) break;
      // German names take capitalised adjectives ("Deutsche Gesellschaft"); English names any capitalised word.
      if (!english && !/(?:e|es|er|en|em|isches|ische|ischer)$/u.test(token.text) && !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(token.text)) break;
      if (sentenceStarts.has(token.start) && ARTICLES.has(token.text.toLowerCase())) break;
      start = k;
    }
    return start;
  };

  /** A name that goes on to a legal form ("Landesarbeitsgemeinschaft Quartiersmanagement … Sachsen e. V.") ends there. */
  const toLegalForm = (end: number): number => {
    for (let k = end; k < Math.min(tokens.length - 1, end + 7); k++) {
      if (LEGAL_FORM.test(text.slice(tokens[k]!.end, tokens[k]!.end + 30)) && !/^\s*\(/.test(text.slice(tokens[k]!.end))) return k;
      const following = tokens[k + 1]!;
      const space = gap(tokens[k]!, following);
      if (!/^(?: | & | und )$/.test(space) && !(space === ' ' && following.text === 'und')) return end;
      if (!startsUpper(following.text) && following.text !== 'und') return end;
    }
    return end;
  };

  /** "Technische Universität Chemnitz", "Regional Water Company Prishtina": a town right after the name belongs to it. */
  const withTown = (end: number): number => {
    const following = tokens[end + 1];
    return following && /^ $/.test(gap(tokens[end]!, following)) && townStarts.has(following.start) ? end + 1 : end;
  };

  // Every name found in the walk below ends before the word the walk is at, so one overlaps the
  // stretch from a word to the current one exactly when it ends after that word's start.
  let furthestEnd = -1;
  const add = (startToken: number, endToken: number, knownName: string | null = null, kind?: OrganizationKind) => {
    const start = tokens[startToken]!.start;
    let end = tokens[endToken]!.end;
    let shortName: string | null = null;
    const rest = text.slice(end, end + 40);
    const legal = LEGAL_FORM.exec(rest);
    let name = text.slice(start, end);
    if (legal) {
      shortName = legal[1] ?? null;
      name = `${name} ${legal[2]!}`.replace(/\s+/g, ' ');
      end += legal[0].length;
      shortName ??= ABBREVIATION_AFTER.exec(text.slice(end, end + 30))?.[1] ?? null;
    } else {
      const abbreviation = ABBREVIATION_AFTER.exec(rest);
      if (abbreviation) shortName = abbreviation[1]!;
    }
    found.push({ start, end, name, kind: kind ?? organizationKind(name), shortName, known: knownName });
    furthestEnd = Math.max(furthestEnd, end);
  };

  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const next = tokens[i + 1];
    const nextGap = next ? gap(tokens[i]!, next) : '';
    // Every head word is capitalised; most words are not.
    const capitalised = startsUpper(word);
    if (capitalised && GERMAN_HEAD.test(word)) {
      const start = extendLeft(i, false);
      const complement = next && /^ $/.test(nextGap) && ['für', 'der', 'des', 'von'].includes(next.text);
      const end = complement ? extendRight(i, CONNECTORS_DE) : i;
      const named = end > i || start < i;
      if (named || (!NOT_HEADS.has(word.toLowerCase()) && !NOT_HEAD_ENDINGS.test(word) && /amt(?:e?s)?$|ministeriums?$|arbeitsgemeinschaft$|Servicestelle$/u.test(word))) {
        add(start, toLegalForm(complement ? end : withTown(end)));
        i = end;
        continue;
      }
    }
    // "KOMM-Haus", "Nachbarschafts-Haus": a house by its own name.
    if (capitalised && /^\p{Lu}[\p{L}]*-Haus$/u.test(word)) {
      add(i, i, null, 'community_centre');
      continue;
    }
    if (capitalised && ENGLISH_HEAD.test(word)) {
      const start = extendLeft(i, true);
      const end = next && /^ $/.test(nextGap) && (next.text === 'of' || next.text === 'for' || next.text === 'on') ? extendRight(i, CONNECTORS_EN) : i;
      if (start < i || end > i) {
        add(start, toLegalForm(end > i ? end : withTown(end)));
        i = end;
        continue;
      }
    }
    if (capitalised && NAME_TAKING_HEADS.test(word) && next && /^ $/.test(nextGap) && startsUpper(next.text) && !ARTICLES.has(next.text.toLowerCase())) {
      let end = i + 1;
      // Beyond the first word, only what looks like a proper name: an acronym, a town, a word after "&".
      const properName = (k: number) => {
        const candidate = tokens[k]!;
        const space = gap(tokens[k - 1]!, candidate);
        return space === ' & ' || /^\p{Lu}[\p{Lu}\d-]+$/u.test(candidate.text) || townStarts.has(candidate.start) || (space === ' ' && gap(tokens[k - 2]!, tokens[k - 1]!) === ' & ');
      };
      while (tokens[end + 1] && /^(?: | & )$/.test(gap(tokens[end]!, tokens[end + 1]!)) && startsUpper(tokens[end + 1]!.text) && !GERMAN_HEAD.test(tokens[end + 1]!.text) && end < i + 3 && properName(end + 1)) end++;
      add(extendLeft(i, false), end);
      i = end;
      continue;
    }
    const twoWordLead = next !== undefined && LEAD_SECOND_WORDS.has(next.text) && /^ $/.test(nextGap) ? LEAD_NOUNS.find(([pattern]) => pattern.test(`${word} ${next.text}`)) : undefined;
    const lead = twoWordLead ?? (LEAD_FIRST_LETTERS.has(word[0]!) && ANY_LEAD_NOUN.test(word) ? LEAD_NOUNS.find(([pattern]) => pattern.test(word)) : undefined);
    if (lead) {
      const nameStart = twoWordLead ? i + 2 : i + 1;
      let first = nameStart;
      let end = -1;
      while (first < tokens.length && first < nameStart + 3) {
        const candidate = tokens[first]!;
        if (!/^ $/.test(gap(tokens[first - 1]!, candidate)) || !NAME_WORD.test(candidate.text) || FUNCTION_WORDS.has(candidate.text.toLowerCase())) break;
        if (first > nameStart && GERMAN_HEAD.test(candidate.text)) break;
        end = first;
        first++;
      }
      if (end >= nameStart) {
        add(nameStart, toLegalForm(end), null, lead[1]);
        i = end;
        continue;
      }
    }
    // A legal form closes a name: "Büro Gauly & Volgmann GmbH", "… Sachsen e. V.".
    const legal = next && (LEGAL_FORM_WORDS.has(next.text) || next.text === '(') ? LEGAL_FORM.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 30)) : null;
    if (legal && (startsUpper(word) || (word.length >= 3 && !FUNCTION_WORDS.has(word))) && !SENTENCE_WORDS.has(word)) {
      let start = i;
      for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
        const token = tokens[k]!;
        const space = gap(token, tokens[k + 1]!);
        if (/\n|[.;:,()]/.test(space)) break;
        if (/_/.test(space)) break;
        if (startsUpper(token.text) && !SENTENCE_WORDS.has(token.text)) start = k;
        else if (!['für', 'und', 'of', 'for', 'and'].includes(token.text)) break;
      }
      while (start < i && !startsUpper(tokens[start]!.text)) start++;
      // One brand word in lower case may open the name: "wbg Nürnberg GmbH".
      const opener = tokens[start - 1];
      if (opener && /^ $/.test(gap(opener, tokens[start]!)) && /^[bcdfghjklmnpqrstvwxz]{2,5}$/.test(opener.text)) start--;
      if (furthestEnd > tokens[start]!.start) continue;
      add(start, i);
    }
  }

  // Known organisations and their abbreviations.
  const named = new SpanIndex(found);
  for (const match of text.matchAll(KNOWN_PATTERN)) {
    const entry = KNOWN[match.slice(1).findIndex((group) => group !== undefined)]!;
    const start = match.index;
    const end = start + match[0].length;
    const overlapping = named.firstOverlapping(start, end);
    if (overlapping) {
      overlapping.known ??= entry.primary;
      overlapping.kind = entry.kind;
      continue;
    }
    found.push({ start, end, name: match[0], kind: entry.kind, shortName: null, known: entry.primary });
  }
  // Abbreviations defined in the text: "(BMUB)" after a name finds "BMUB" later.
  const defined = new Map<string, Found>();
  for (const organization of found) if (organization.shortName) defined.set(organization.shortName, organization);
  const held = new SpanIndex(found);
  const abbreviationEnds = new Map<number, number>();
  const occurrences = abbreviationOccurrences(text, new Set(defined.keys()));
  for (const [abbreviation, organization] of defined) {
    for (const start of occurrences.get(abbreviation) ?? []) {
      const end = start + abbreviation.length;
      if (held.covers(start, end) || heldByAbbreviation(abbreviationEnds, start, end)) continue;
      found.push({ start, end, name: abbreviation, kind: organization.kind, shortName: null, known: organization.known });
      abbreviationEnds.set(start, Math.max(end, abbreviationEnds.get(start) ?? 0));
    }
  }

  found.sort((a, b) => a.start - b.start);
  const organizationKeys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = organizationKeys.get(name);
    if (key === undefined) organizationKeys.set(name, (key = organizationKey(name)));
    return key;
  };
  const proposals: OrganizationProposal[] = [];
  const byKey = new Map<string, OrganizationProposal>();
  for (const organization of found) {
    const name = organization.name.replace(/\s+/g, ' ').trim();
    if (name.length < 3 || (/^\p{Ll}/u.test(name) && !/\s(?:gGmbH|GmbH|mbH|AG|SE|eG|KG|e\.\s?V\.)$/u.test(name) && !/[\p{Lu}\d]/u.test(name))) continue;
    const withoutLegalForm = name.replace(/\s+(?:gGmbH|GmbH|mbH|AG|SE|eG|KG|e\.\s?V\.|Ltd\.?|LLC|Inc\.?|plc)$/u, '');
    const keys = [
      keyOf(name),
      keyOf(withoutLegalForm),
      organization.known ? `known:${organization.known}` : '',
      organization.shortName ? `short:${organization.shortName}` : '',
      `short:${name}`,
      `short:${withoutLegalForm}`,
    ].filter(Boolean);
    const existing = keys.map((key) => byKey.get(key)).find(Boolean);
    const evidence = evidenceFor(sentences, organization);
    if (existing) {
      existing.mentions.push(evidence);
      existing.shortName ??= organization.shortName;
      // A full name written after its abbreviation names it better.
      if (existing.name.length <= 6 && name.length > existing.name.length) {
        existing.shortName ??= existing.name;
        existing.name = name;
      }
      for (const key of keys) byKey.set(key, existing);
      continue;
    }
    const proposal: OrganizationProposal = { name, kind: organization.kind, shortName: organization.shortName, mentions: [evidence], evidence };
    proposals.push(proposal);
    for (const key of keys) byKey.set(key, proposal);
  }
  return proposals;
}

/** Ten characters and a word of sixteen, each letter maybe two UTF-16 units. */
const MAX_ABBREVIATION_LENGTH = 54;
/** Where an abbreviation can start, with the letters, digits and hyphens that follow. */
const ABBREVIATION_START = /(?<![\p{L}\d(-])\p{L}[\p{L}\d-]*/gu;
const ABBREVIATION_CHARACTER = /^[\p{L}\d& -]$/u;
const ABBREVIATION_FOLLOWER = /^[\p{L}\d)-]$/u;

/**
 * Where each abbreviation stands in the text as a word of its own (no letter, digit, hyphen or
 * bracket on either side), left to right and not overlapping itself: what matching each one's
 * own pattern over the whole text would give, in one pass for all of them.
 */
function abbreviationOccurrences(text: string, abbreviations: ReadonlySet<string>): Map<string, number[]> {
  const occurrences = new Map<string, number[]>();
  if (abbreviations.size === 0) return occurrences;
  let longest = 0;
  for (const abbreviation of abbreviations) longest = Math.max(longest, abbreviation.length);
  // An abbreviation starts with a run of letters, digits and hyphens that the text must hold as a whole.
  const firstRuns = new Set([...abbreviations].map((abbreviation) => /^[\p{L}\d-]*/u.exec(abbreviation)![0]));
  const reached = new Map<string, number>();
  const take = (start: number, end: number) => {
    const candidate = text.slice(start, end);
    if (!abbreviations.has(candidate) || start < (reached.get(candidate) ?? 0)) return;
    reached.set(candidate, end);
    const starts = occurrences.get(candidate);
    if (starts) starts.push(start);
    else occurrences.set(candidate, [start]);
  };
  for (const match of text.matchAll(ABBREVIATION_START)) {
    if (!firstRuns.has(match[0])) continue;
    const start = match.index;
    let position = start;
    while (position < text.length && position - start <= longest) {
      const { width, follower, part } = abbreviationCharacterAt(text, position);
      if (position > start && !follower) take(start, position);
      if (!part) break;
      position += width;
    }
    if (position >= text.length && position - start <= longest) take(start, text.length);
  }
  return occurrences;
}

/** How the character at a position stands to abbreviations: may it follow one, be part of one. */
function abbreviationCharacterAt(text: string, position: number): { width: number; follower: boolean; part: boolean } {
  const code = text.charCodeAt(position);
  if (code < 128) {
    const alphanumeric = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    return { width: 1, follower: alphanumeric || code === 41 || code === 45, part: alphanumeric || code === 38 || code === 32 || code === 45 };
  }
  const character = String.fromCodePoint(text.codePointAt(position)!);
  return { width: character.length, follower: ABBREVIATION_FOLLOWER.test(character), part: ABBREVIATION_CHARACTER.test(character) };
}

/** Whether an abbreviation found earlier, which starts at most MAX_ABBREVIATION_LENGTH before its end, holds start..end. */
function heldByAbbreviation(ends: ReadonlyMap<number, number>, start: number, end: number): boolean {
  for (let from = Math.max(0, end - MAX_ABBREVIATION_LENGTH); from <= start; from++) if ((ends.get(from) ?? -1) >= end) return true;
  return false;
}
