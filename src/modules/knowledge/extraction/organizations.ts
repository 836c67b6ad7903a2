import known from './data/known-organizations.json' with { type: 'json' };
import type { OrganizationKind } from '../../actors/actors.types.js';
import { plainKey } from '../../../core/names/name-keys.js';
import type { OrganizationProposal, Sentence } from './extraction.types.js';
import { withAppositions, withCouncilLists } from './appositions.js';
import { organizationKind } from './organization-kinds.js';
import { SpanIndex } from './span-index.js';
import { evidenceFor, startsUpper, type Token } from './text.js';

/**
 * Words a German organisation name ends in, as written in any case: "Stadtplanungsamt(e)s",
 * "Bundesministeriums", "Landesarbeitsgemeinschaft", "Deutschen Städtetages", "Mieterbund".
 * Matched against the word in lower case; a head is always capitalised.
 */
const GERMAN_HEAD_ENDING =
  /(?:amt(?:e?s)?|ministeriums?|gesellschaft|verwaltung|arbeitsgemeinschaft|förderung|agentur|stelle|referat(?:e?s)?|dezernat(?:e?s)?|behörde|stiftung|institut(?:e?s)?|verband(?:e?s)?|verbund(?:e?s)?|bund(?:es)?|netzwerk(?:e?s)?|städtetag(?:e?s)?|landkreistag(?:e?s)?|gemeindetag(?:e?s)?|kammer|akademie|(?:förder|aufbau|entwicklungs|investitions)bank|vereinigung|universität|hochschule|anstalt|quartiersmanagements?|stadtteilmanagements?|wirtschaftsförderung|sparkasse|botschaft|stadtrat(?:e?s)?|gemeinderat(?:e?s)?|eigenbetrieb(?:e?s)?)$|^rat(?:e?s)?$/u;
const GERMAN_HEAD = { test: (word: string): boolean => startsUpper(word) && GERMAN_HEAD_ENDING.test(word.toLowerCase()) };
/** Heads that name an organisation on their own, without an adjective, complement or town: "Stadtplanungsamt", "Planungsdezernat". */
const SELF_NAMING_HEAD = /(?:amt(?:e?s)?|ministeriums?|arbeitsgemeinschaft|Servicestelle|dezernat(?:e?s)?)$/u;
/** Generic words that look like heads but name no organisation on their own. */
const NOT_HEADS = new Set(['stadtrat', 'gemeinderat', 'eigenbetrieb', 'sparkasse', 'bund', 'bundes', 'verband', 'verbund', 'stiftung', 'behörde', 'kammer', 'akademie', 'anstalt', 'referat', 'dezernat', 'fachbereich', 'gemeinschaft', 'partnerschaft', 'ehrenamt', 'gesellschaft', 'zivilgesellschaft', 'stadtgesellschaft', 'verwaltung', 'stadtverwaltung', 'bezirksverwaltung', 'netzwerk', 'amt', 'institut', 'universität', 'hochschule', 'beamt', 'insgesamt', 'gesamt', 'samt', 'wirtschaftsförderung', 'städtebauförderung', 'förderung', 'stelle', 'agentur', 'stadtverwaltungen', 'kommunalverwaltung', 'verwaltungen']);
const NOT_HEAD_ENDINGS = /(?:^(?:[Ii]ns)?[Gg]esamt|[Ff]örderung|[Ss]telle)$/u;
/** English heads: "Ministry of …", "Lviv City Council", "Kyiv School of Economics". */
const ENGLISH_HEAD =
  /^(?:Ministry|Department|Office|Agency|Administration|Council|University|Institute|Association|Foundation|Network|Corporation|Cooperative|Co-operative|Chamber|Academy|Polytechnic|Authority|Bank|Company|Utility|Centre|Center|Congress|Parliament|School|Federation|Union|Commission|Secretariat|Municipality|Assembly|Agency|Fund|Bureau|Society|Trust|Directorate|Directorate-General|Inspectorate|Embassy|Utilities|Order|College|Government)$/u;
/** Offices named by a number: "Magistratsabteilung 50". */
const NUMBERED_OFFICE = /^(?:\p{Lu}\p{Ll}*abteilung|Referat|Dezernat|Fachbereich|Bezirksamt|Fachdienst)$/u;
/** What a town's company supplies, named after the town: "Hamburg Wasser", "Wien Energie", "Wiener Wohnen", "Nahverkehr Schwerin". */
const SERVICE_WORDS = /^(?:Wasser|Energie|Wohnen|Netz|Netze|Nahverkehr|Verkehr|Mobil|Linien|Bäder|Entsorgung|Abfallwirtschaft|Wärme|Fernwärme)$/u;
/** Heads whose name is a topic rather than a proper name: "Stiftung Entwicklung und Frieden", "Netzwerk Innenstadt NRW". */
const TOPIC_HEADS = /^(?:Stiftung|Fachbereichs?|Abteilung|Netzwerk|Netzwerks|Arbeitskreis(?:es)?|Stadtentwässerung|Verein)$/u;
/** Words after which a name follows: "Stadtwerke Gersthofen", "Wohnungsbaugenossenschaft Kontakt". */
const NAME_TAKING_HEADS =
  /^(?:Abteilung|Stabsstelle|Arbeitskreis(?:es)?|Stadtentwässerung|Stadtreinigung|Abfallwirtschaft|Abfallverwertung|Servicebetriebs?|Entsorgungsbetriebe?n?|Wasserbetriebe?n?|Feuerwehr|Leitstelle|Eigenbetriebs?|\p{Lu}?\p{Ll}*[Zz]weckverbands?|Sparkasse|Volksbank|Stadtwerk|Stadtwerke|Stadtwerken|Verkehrsbetriebe|Verkehrsbetrieben|Stadtverwaltung|Bezirksverwaltung|Kreisverwaltung|Gemeindeverwaltung|Bezirksamt|Landratsamt|Wohnungsbaugenossenschaft|Wohnungsgenossenschaft|Baugenossenschaft|Stadtteilzentrum|Bürgerhaus|Bürgerzentrum|Nachbarschaftshaus|Kulturzentrum|Jugendzentrum|Soziokulturelles|Universität|Hochschule|Stiftung|Verein|Netzwerk|Netzwerks|Planungsbüro|Büro|Stadtverwaltungen|Quartiersmanagement|Stadtteilmanagement|Stadtteilladen|Stadtteilbüro|Quartiersbüro|Fachbereich|Fachbereichs)$/u;
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
  [/^(?:foundation|NGO|Stiftung)$/u, 'ngo'],
  [/^agency$/u, 'development_agency'],
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
/** Words that introduce a town in the genitive: "der Stadt Leipzig", "der Landeshauptstadt München". */
const TOWN_DESIGNATIONS = /^(?:Stadt|Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Großen|Gemeinde|Bundesstadt|Stadtverwaltung|Stadtgemeinde|Marktgemeinde|Bezirks?|Landkreises|Kreises|City|Municipality|Town)$/u;
/** Funds are money a programme gives, not organisations: "European Regional Development Fund", "Cohesion Fund". */
const FUNDS = /^(?:the )?(?:European (?:Regional Development|Social|Maritime(?: and Fisheries)?|Agricultural Fund for Rural Development|Solidarity|Globalisation Adjustment)|Cohesion|Just Transition|Social Climate|Asylum, Migration and Integration) Fund(?:\+)?$/u;
/** Unions of states, not organisations a town works with. */
const NOT_ORGANIZATIONS = new Set(['European Union', 'Europäische Union', 'Europäischen Union', 'Soviet Union', 'Sowjetunion', 'Європейський Союз']);
/** States and countries a name can end in, like a town: "Klimaschutzagentur Sachsen", "Energieagentur Ukraine". */
export const REGIONS: ReadonlySet<string> = new Set(['Sachsen', 'Bayern', 'Thüringen', 'Hessen', 'Niedersachsen', 'Sachsen-Anhalt', 'Nordrhein-Westfalen', 'NRW', 'Baden-Württemberg', 'Rheinland-Pfalz', 'Schleswig-Holstein', 'Mecklenburg-Vorpommern', 'Brandenburg', 'Saarland', 'Berlin', 'Hamburg', 'Bremen', 'Ukraine', 'Deutschland', 'Europa', 'Moldau', 'Polen', 'Georgien', 'Kosovo', 'Allgäu', 'Erzgebirge', 'Vogtland', 'Lausitz', 'Oberlausitz', 'Ruhr', 'Ruhrgebiet', 'Westfalen', 'Westfalen-Lippe', 'Rheinland', 'Niederrhein', 'Ostfriesland', 'Lippe', 'Oberbayern', 'Niederbayern', 'Ostsachsen', 'Südwestsachsen', 'Anhalt', 'Vorpommern', 'Mecklenburg', 'Holstein', 'Europe', 'Ukraine', 'Rhein-Neckar', 'Oberpfalz', 'Franken', 'Mittelfranken', 'Oberfranken', 'Unterfranken', 'Schwaben', 'Pfalz', 'Eifel', 'Harz', 'Altmark', 'Uckermark', 'Havelland', 'Emsland', 'Münsterland', 'Sauerland', 'Bodensee', 'Breisgau', 'Ostwestfalen-Lippe', 'Rheinhessen', 'Spreewald', 'Odenwald', 'Schwarzwald', 'Hunsrück', 'Westerwald', 'Mittelsachsen', 'Nordsachsen']);
/** Capitalised words that start a sentence rather than a name. */
const SENTENCE_WORDS = new Set(['Die', 'Der', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'The', 'A', 'An', 'Im', 'In', 'Am', 'Auch', 'Mit', 'Bei', 'Von', 'Für', 'Als', 'At', 'On', 'For', 'With', 'By', 'From', 'Dort', 'Hier', 'Zudem', 'Außerdem', 'Partner', 'Auftraggeber', 'Projektträger', 'Client', 'Organiser', 'Organizer', 'Host', 'Gastgeber', 'Träger', 'Ansprechpartner', 'Contact', 'Kontakt', 'Beteiligt', 'Participants', 'Teilnehmende', 'NGO']);

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
/**
 * A known name in whatever case a German sentence puts it: adjectives with any ending
 * ("Deutschen Städte- und Gemeindebundes"), the last word with a genitive -s or -es.
 */
const declinable = (name: string) =>
  /\p{Script=Cyrillic}/u.test(name)
    ? ukrainianDeclinable(name)
    : name
    .split(' ')
    .map((word, position, words) => {
      const adjective = position < words.length - 1 ? /^(\p{Lu}\p{Ll}+?)(?:er|es|e)$/u.exec(word) : null;
      if (adjective) return `${escape(adjective[1]!)}(?:e|er|es|en|em)`;
      return position === words.length - 1 && /^\p{Lu}\p{Ll}{3,}[bdgktz]$/u.test(word) ? `${escape(word)}(?:e?s)?` : escape(word);
    })
    .join(' ');
/** A Ukrainian known name in any case: its first word, and the second after an adjective, with any ending ("Міністерства розвитку …", "Державного агентства …"). */
function ukrainianDeclinable(name: string): string {
  const words = name.split(' ');
  // "Європейський інвестиційний банк" → "Європейського інвестиційного банку": the adjectives and the noun they go with.
  let varying = 1;
  while (varying < words.length && /(?:ий|ій|ька|ьке|на|не)$/u.test(words[varying - 1]!)) varying++;
  return words
    .map((word, position) => {
      const stem = word.replace(/(?:ий|ій|а|е|я|о|и|і)$/u, '');
      return position < varying && word.length > 3 && stem.length >= 3 ? `${escape(stem)}\\p{L}{0,3}` : escape(word);
    })
    .join(' ');
}
/**
 * Each known organisation's pattern, compiled when a text first holds the literal start of one of
 * its names ("Deutsch", "Європейськ", "GIZ"): one alternation of every name would cost more to
 * compile than most texts take to read.
 */
const KNOWN_MATCHERS = KNOWN.map((entry) => {
  const names = [...entry.names].sort((a, b) => b.length - a.length);
  let pattern: RegExp | null = null;
  return {
    entry,
    anchors: names.map((name) => literalStart(declinable(name))),
    pattern: () => (pattern ??= new RegExp(`(?<![\\p{L}\\d-])(?:${names.map(declinable).join('|')})(?![\\p{L}\\d-])`, 'gu')),
  };
});
/** The letters a pattern made by `declinable` starts with, before its first alternation or class. */
function literalStart(pattern: string): string {
  const end = pattern.search(/[(\\[]/u);
  return (end === -1 ? pattern : pattern.slice(0, end)).slice(0, 12);
}

/** Known names in a text, left to right, none overlapping another; at one place the earlier entry of the list wins. */
function knownMatches(text: string): { index: number; text: string; entry: KnownOrganization & { primary: string } }[] {
  const matches: { index: number; text: string; order: number; entry: KnownOrganization & { primary: string } }[] = [];
  KNOWN_MATCHERS.forEach(({ entry, anchors, pattern }, order) => {
    if (!anchors.some((anchor) => text.includes(anchor))) return;
    for (const match of text.matchAll(pattern())) matches.push({ index: match.index, text: match[0], order, entry });
  });
  matches.sort((a, b) => a.index - b.index || a.order - b.order);
  let reached = 0;
  return matches.filter((match) => {
    if (match.index < reached) return false;
    reached = match.index + match.text.length;
    return true;
  });
}

/** Every name of a known organisation, as the list spells it. */
const KNOWN_SPELLINGS = new Set(KNOWN.flatMap((entry) => entry.names));
export const isKnownOrganizationSpelling = (name: string): boolean => KNOWN_SPELLINGS.has(name);

/**
 * A known Ukrainian name as the list spells it (the nominative) when the sentence declines it:
 * "Європейського інвестиційного банку" → "Європейський інвестиційний банк".
 */
function knownSpelling(names: readonly string[], written: string): string {
  if (names.includes(written) || !/\p{Script=Cyrillic}/u.test(written)) return written;
  const words = written.split(/\s+/).length;
  return names.find((name) => /\p{Script=Cyrillic}/u.test(name) && name.split(' ').length === words && organizationKey(name).split(' ')[words - 1] === organizationKey(written).split(' ')[words - 1]) ?? written;
}

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
  // Ukrainian case endings go before the name is transliterated: "міської ради" and "міська рада" share "міськ рад".
  const uninflected = name.replace(/(?<=\p{Script=Cyrillic}{3})(?:ого|ому|ими|ією|ої|ій|ою|их|им|ії|ію|ія|ом|ем|ям|а|и|і|у|ю|я|о|е)(?!\p{L})/gu, '');
  return plainKey(uninflected)
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
      // "Caritasverband für das Bistum …": an article right after "für".
      if (['das', 'die', 'den'].includes(word) && tokens[k - 1]!.text === 'für' && gap(tokens[k - 1]!, token) === ' ') {
        k++;
        continue;
      }
      if (FUNCTION_WORDS.has(word) && !connectors.has(word)) break;
      // "Fachbereich Stadtplanung der Stadt Plauen": the town the office belongs to is not part of its name.
      if ((word === 'der' || word === 'des') && tokens[k + 1] && (TOWN_DESIGNATIONS.test(tokens[k + 1]!.text) || townStarts.has(tokens[k + 1]!.start) || designationAhead(k + 1))) break;
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
        // "Department of Education and Science of the Kyiv City State Administration": the unit and the body it belongs to.
        if (word === 'of' && next.text === 'the' && end > from && ownerAhead(k + 2)) break;
        // "the Association of Cities and the Council of …": a second name begins.
        if ((word === 'and' || word === 'und') && ARTICLES.has(next.text.toLowerCase())) break;
        k++;
        continue;
      }
      if (startsUpper(word) || /^\p{Ll}+(?:e|en|er|es|em|ische[nmrs]?)$/u.test(word)) {
        if (!startsUpper(word)) {
          // A small adjective only right after "für", "und", "der": "für wirtschaftliche Zusammenarbeit".
          if (!connectors.has(tokens[k - 1]!.text)) break;
          const next = tokens[k + 1];
          if (!next || !startsUpper(next.text) || /[,.;()]/.test(gap(token, next))) break;
          k++;
          continue;
        }
        if (pendingComma) {
          // "A, B" belongs to the name only when the list closes with "und C".
          let look = k + 1;
          while (look < tokens.length && look - k <= MAX_NAME_WORDS && /^(?:\s*,\s*| )$/.test(gap(tokens[look - 1]!, tokens[look]!)) && startsUpper(tokens[look]!.text)) look++;
          const closing = tokens[look];
          if (!(closing && (closing.text === 'und' || closing.text === 'and'))) break;
          // Not a list inside one name when it holds a name of its own ("of Lisbon, Tampere City Council and …").
          const afterClosing = tokens[look + 1];
          if (afterClosing && ARTICLES.has(afterClosing.text.toLowerCase())) break;
          if (tokens.slice(k, look).some((item) => ENGLISH_HEAD.test(item.text) || GERMAN_HEAD.test(item.text) || townStarts.has(item.start))) break;
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

  /** "der Hanse- und Universitätsstadt Rostock": a town's designation written as a shared compound. */
  const designationAhead = (from: number): boolean => {
    for (let k = from; k < tokens.length && k - from < 5; k++) {
      if (/stadt$/u.test(tokens[k]!.text) && townStarts.has(tokens[k + 1]?.start ?? -1)) return true;
      if (!/^(?:- |-, | )$/u.test(gap(tokens[k]!, tokens[k + 1] ?? tokens[k]!)) && k > from) return false;
    }
    return false;
  };

  /** Whether the capitalised run from a word on ends in an English head: a body of its own ("… Kyiv City State Administration"). */
  const ownerAhead = (from: number): boolean => {
    for (let k = from; k < tokens.length && k - from < 8; k++) {
      if (!startsUpper(tokens[k]!.text) || (k > from && gap(tokens[k - 1]!, tokens[k]!) !== ' ')) return false;
      if (ENGLISH_HEAD.test(tokens[k]!.text)) return true;
    }
    return false;
  };

  const extendLeft = (head: number, english: boolean): number => {
    const from = english ? head : elidedStart(head);
    let start = from;
    for (let k = from - 1; k >= 0 && from - k <= MAX_NAME_WORDS; k--) {
      const token = tokens[k]!;
      const space = gap(token, tokens[k + 1]!);
      if (!/^ ?$/.test(space)) break;
      // "the European Commission's Directorate-General": the owner is a name of its own.
      if (/['’]s$/u.test(token.text)) break;
      // "Cork City Council and Cork County Council": a name that ends in a head of its own is complete before "and".
      if (english && (token.text === 'and' || token.text === '&') && k > 0 && k < from - 1 && startsUpper(tokens[k - 1]!.text) && gap(tokens[k - 1]!, token) === ' ' && !SENTENCE_WORDS.has(tokens[k - 1]!.text) && !ENGLISH_HEAD.test(tokens[k - 1]!.text)) continue;
      if (english && token.text === 'of' && k > 0 && k < from - 1 && startsUpper(tokens[k - 1]!.text) && gap(tokens[k - 1]!, token) === ' ' && !SENTENCE_WORDS.has(tokens[k - 1]!.text)) continue;
      if (!(startsUpper(token.text) || (english && /^\p{Ll}+\p{Lu}/u.test(token.text))) || SENTENCE_WORDS.has(token.text)) break;
      // German names take capitalised adjectives ("Deutsche Gesellschaft"); English names any capitalised word.
      if (!english && !/(?:e|es|er|en|em|isches|ische|ischer)$/u.test(token.text) && !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(token.text)) break;
      if (sentenceStarts.has(token.start) && ARTICLES.has(token.text.toLowerCase())) break;
      start = k;
    }
    return start;
  };

  /** "Städte- und Gemeindebund", "Wohnungs-, Bau- und Verkehrsgesellschaft": the parts whose head the last word carries. */
  const elidedStart = (head: number): number => {
    const conjunction = tokens[head - 1];
    if (!conjunction || !['und', 'oder'].includes(conjunction.text) || gap(conjunction, tokens[head]!) !== ' ') return head;
    let start = head;
    for (let k = head - 2; k >= 0 && head - k <= MAX_NAME_WORDS; k--) {
      const space = gap(tokens[k]!, tokens[k + 1]!);
      if (!startsUpper(tokens[k]!.text) || !(k === head - 2 ? /^- $/.test(space) : /^-, $/.test(space))) break;
      start = k;
    }
    return start;
  };

  /**
   * A generic head described rather than named: "des sächsischen Netzwerks für …" (a small
   * adjective before it), "Netzwerk der sächsischen ESF-Gebiete" (a small adjective after it),
   * "Netzwerk der Klimaschutzmanagerinnen" (a group of people).
   */
  const described = (head: number, end: number): boolean => {
    const before = tokens[head - 1];
    if (before && gap(before, tokens[head]!) === ' ' && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(before.text) && !FUNCTION_WORDS.has(before.text) && !ARTICLES.has(before.text)) return true;
    for (let k = head + 1; k <= end; k++) if (/^\p{Ll}{3,}(?:e|en|er|es|em)$/u.test(tokens[k]!.text) && !CONNECTORS_DE.has(tokens[k]!.text) && ['der', 'des', 'den'].includes(tokens[k - 1]!.text)) return true;
    // "das Netzwerk der Innenstädte": a group of things, with nothing in it that only a name has (a town, region or acronym).
    if (/^(?:netzwerk|netzwerks|netzwerke|bündnis|bündnisses|plattform)$/u.test(tokens[head]!.text.toLowerCase()) && ['der', 'des'].includes(tokens[head + 1]?.text ?? '')) {
      const complement = tokens.slice(head + 2, end + 1);
      if (!complement.some((token) => townStarts.has(token.start) || REGIONS.has(token.text) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(token.text))) return true;
    }
    return end === head + 2 && /innen$/u.test(tokens[end]!.text);
  };

  /** A name that goes on to a legal form ("Landesarbeitsgemeinschaft Quartiersmanagement … Sachsen e. V.") ends there. */
  const toLegalForm = (end: number): number => {
    for (let k = end; k < Math.min(tokens.length - 1, end + 7); k++) {
      if (LEGAL_FORM.test(text.slice(tokens[k]!.end, tokens[k]!.end + 30)) && !/^\s*\(/.test(text.slice(tokens[k]!.end))) return k;
      const following = tokens[k + 1]!;
      const space = gap(tokens[k]!, following);
      if (!/^(?: | & | und )$/.test(space) && !(space === ' ' && following.text === 'und')) return end;
      if (!startsUpper(following.text) && following.text !== 'und' && !/^\d+$/u.test(following.text)) return end;
    }
    return end;
  };

  /** "Technische Universität Chemnitz", "Regional Water Company Prishtina": a town right after the name belongs to it. */
  const withTown = (end: number): number => {
    // "Christian-Albrechts-Universität zu Kiel", "Universität zu Köln".
    const zu = tokens[end + 1];
    if (zu?.text === 'zu' && gap(tokens[end]!, zu) === ' ' && /(?:universität|hochschule|akademie)$/iu.test(tokens[end]!.text) && tokens[end + 2] && gap(zu, tokens[end + 2]!) === ' ' && townStarts.has(tokens[end + 2]!.start)) return end + 2;
    const following = tokens[end + 1];
    // "Industrie- und Handelskammer Nord Westfalen": a point of the compass before the region.
    const compass = following && /^(?:Nord|Süd|Ost|West|Mittel|Nordost|Nordwest|Südost|Südwest)$/u.test(following.text) && tokens[end + 2] && gap(following, tokens[end + 2]!) === ' ' && REGIONS.has(tokens[end + 2]!.text);
    if (compass && /^ $/.test(gap(tokens[end]!, following))) return end + 2;
    if (!(following && /^ $/.test(gap(tokens[end]!, following)) && (townStarts.has(following.start) || REGIONS.has(following.text)))) return end;
    // "Hochschule Zittau/Görlitz": two towns.
    const second = tokens[end + 2];
    return second && gap(following, second) === '/' && townStarts.has(second.start) ? end + 2 : end + 1;
  };

  /** Whether a word can stand in the topic of a name: a capitalised noun, not a head, town designation, article or sentence word. */
  const topicWord = (k: number): boolean => {
    const token = tokens[k];
    return token !== undefined && startsUpper(token.text) && !GERMAN_HEAD.test(token.text) && !TOWN_DESIGNATIONS.test(token.text) && !SENTENCE_WORDS.has(token.text) && !/(?:innen|ern|nen)$/u.test(token.text) && !ARTICLES.has(token.text.toLowerCase());
  };
  /**
   * After a head that names by topic: "Stiftung Entwicklung und Frieden", "Fachbereich Jugend und
   * Familie" (a second topic after "und"), "Netzwerk Zukunft Innenstadt Westfalen" (a run of words
   * that ends in a region, town or acronym: the proper-name evidence a description lacks).
   */
  const topicEnd = (end: number, properName: (k: number) => boolean): number => {
    const and = tokens[end + 1];
    if (and?.text === 'und' && gap(tokens[end]!, and) === ' ' && gap(and, tokens[end + 2] ?? and) === ' ' && topicWord(end + 2) && (topicWord(end) || TOPIC_HEADS.test(tokens[end]!.text))) {
      end += 2;
      const region = tokens[end + 1];
      if (region && gap(tokens[end]!, region) === ' ' && (REGIONS.has(region.text) || townStarts.has(region.start))) end++;
      return end;
    }
    for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) {
      if (gap(tokens[k - 1]!, tokens[k]!) !== ' ' || !topicWord(k)) break;
      if (properName(k)) return k;
    }
    return end;
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
    if (/['’]s$/u.test(name)) {
      end -= 2;
      name = name.slice(0, -2);
    }
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
    const takesName = capitalised && NAME_TAKING_HEADS.test(word) && next !== undefined && /^ $/.test(nextGap) && startsUpper(next.text) && !ARTICLES.has(next.text.toLowerCase());
    if (capitalised && !takesName && GERMAN_HEAD.test(word)) {
      const start = extendLeft(i, false);
      // "Bund Deutscher Architektinnen und Architekten": a genitive plural named by its adjective.
      const genitiveName = next && /^ $/.test(nextGap) && /^\p{Lu}\p{Ll}+er$/u.test(next.text) && !townStarts.has(next.start) && tokens[i + 2] && gap(next, tokens[i + 2]!) === ' ' && startsUpper(tokens[i + 2]!.text);
      const complement = genitiveName || (next && /^ $/.test(nextGap) && ['für', 'der', 'des', 'von'].includes(next.text));
      const generic = NOT_HEADS.has(word.toLowerCase()) || NOT_HEADS.has(word.toLowerCase().replace(/e?s$/u, '')) || NOT_HEAD_ENDINGS.test(word);
      // "Energieagentur Lwiw", "Klimaschutznetzwerk Sachsen": a town or region after the head names it.
      const end = complement ? extendRight(i, CONNECTORS_DE) : withTown(i);
      const named = start < i || (end > i && (complement || !generic));
      if (generic && described(i, end)) {
        i = end;
        continue;
      }
      const ownName = !generic && /^\p{Lu}\p{Ll}+-(?:\p{Lu}\p{Ll}+-)*\p{Lu}/u.test(word);
      if (named || (end > i && start === i) || ownName || (!generic && SELF_NAMING_HEAD.test(word))) {
        add(start, toLegalForm(end));
        i = end;
        continue;
      }
    }
    // "Magistratsabteilung 50", "Referat 23": an office by its number.
    if (capitalised && NUMBERED_OFFICE.test(word) && next && nextGap === ' ' && /^\d{1,3}$/u.test(next.text) && !/^\s*\.(?:\s|$)/u.test(text.slice(next.end, next.end + 2)) && furthestEnd <= tokens[i]!.start) {
      add(i, i + 1, null, 'municipal_office');
      i++;
      continue;
    }
    // "Hamburg Wasser", "Wiener Wohnen", "Nahverkehr Schwerin": a town and the service its company gives.
    if (capitalised && next && nextGap === ' ' && furthestEnd <= tokens[i]!.start && ((townStarts.has(tokens[i]!.start) && SERVICE_WORDS.test(next.text)) || (SERVICE_WORDS.test(word) && townStarts.has(next.start)))) {
      // "Hallesche Wasser und Stadtwirtschaft GmbH": the full name runs on to its legal form.
      const end = toLegalForm(i + 1);
      add(i, end);
      i = end;
      continue;
    }
    // "Stadtentwässerung und Umweltanalytik Nürnberg": a topic head with a second topic straight after it.
    if (capitalised && TOPIC_HEADS.test(word) && next?.text === 'und' && nextGap === ' ') {
      const end = topicEnd(i, () => false);
      if (end > i) {
        add(i, end);
        i = end;
        continue;
      }
    }
    // "KOMM-Haus", "Nachbarschafts-Haus": a house by its own name.
    if (capitalised && /^\p{Lu}[\p{L}]*-Haus$/u.test(word)) {
      add(i, i, null, 'community_centre');
      continue;
    }
    if (capitalised && (ENGLISH_HEAD.test(word.replace(/['’]s$/u, '')) || ((word === 'Hall' || word === 'Hall’s') && ['City', 'Town'].includes(tokens[i - 1]?.text ?? '')))) {
      // "Lviv Polytechnic National University", "University College Cork": the name goes on to a later head.
      if (next && nextGap === ' ' && ownerAhead(i + 1) && !(word === 'Government' && !['City', 'Town'].includes(tokens[i - 1]?.text ?? ''))) continue;
      // "the Ukrainian Government": a government is named only as a town's.
      if (word === 'Government' && !['City', 'Town', 'Municipal'].includes(tokens[i - 1]?.text ?? '')) continue;
      const start = extendLeft(i, true);
      // "at the Tbilisi City Hall": the building, not the administration.
      if (word.startsWith('Hall') && ['at', 'in'].includes((tokens[start - 1]?.text === 'the' ? tokens[start - 2] : tokens[start - 1])?.text ?? '')) continue;
      let end = next && /^ $/.test(nextGap) && (next.text === 'of' || next.text === 'for' || next.text === 'on') ? extendRight(i, CONNECTORS_EN) : i;
      // "an Action Planning Network of the URBACT IV programme": the programme is not part of the name.
      if (end > i && /^\s+(?:programme|program|initiative|project)\b/u.test(text.slice(tokens[end]!.end, tokens[end]!.end + 14))) end = i;
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
        return space === ' & ' || /^\p{Lu}[\p{Lu}\d-]+$/u.test(candidate.text) || townStarts.has(candidate.start) || REGIONS.has(candidate.text) || (space === ' ' && gap(tokens[k - 2]!, tokens[k - 1]!) === ' & ');
      };
      // "Abteilung Internationale Beziehungen": an adjective takes the noun after it.
      if (/^\p{Lu}\p{Ll}+(?:e|en|es|er)$/u.test(tokens[end]!.text) && !townStarts.has(tokens[end]!.start) && tokens[end + 1] && gap(tokens[end]!, tokens[end + 1]!) === ' ' && startsUpper(tokens[end + 1]!.text)) end++;
      while (tokens[end + 1] && /^(?: | & )$/.test(gap(tokens[end]!, tokens[end + 1]!)) && startsUpper(tokens[end + 1]!.text) && !GERMAN_HEAD.test(tokens[end + 1]!.text) && end < i + 3 && properName(end + 1)) end++;
      if (TOPIC_HEADS.test(word)) end = topicEnd(end, properName);
      // "Hochschule Zittau/Görlitz": two towns.
      if (tokens[end + 1] && gap(tokens[end]!, tokens[end + 1]!) === '/' && townStarts.has(tokens[end + 1]!.start)) end++;
      add(extendLeft(i, false), end);
      i = end;
      continue;
    }
    const twoWordLead = next !== undefined && LEAD_SECOND_WORDS.has(next.text) && /^ $/.test(nextGap) ? LEAD_NOUNS.find(([pattern]) => pattern.test(`${word} ${next.text}`)) : undefined;
    const lead = twoWordLead ?? (LEAD_FIRST_LETTERS.has(word[0]!) && ANY_LEAD_NOUN.test(word) ? LEAD_NOUNS.find(([pattern]) => pattern.test(word)) : undefined);
    const headAfterLead = lead && tokens[twoWordLead ? i + 2 : i + 1] && ENGLISH_HEAD.test(tokens[twoWordLead ? i + 2 : i + 1]!.text);
    if (lead && !headAfterLead) {
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
        // "Verband Sächsischer Wohnungsgenossenschaften": a head noun with a genitive name is part of it.
        const ownHead = !twoWordLead && GERMAN_HEAD.test(word) && /^\p{Lu}\p{Ll}+er$/u.test(tokens[nameStart]!.text) && end > nameStart;
        add(ownHead ? i : nameStart, toLegalForm(end), null, lead[1]);
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
        else if (token.text === 'in' && townStarts.has(tokens[k + 1]!.start) && tokens[k - 1] && startsUpper(tokens[k - 1]!.text)) continue;
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
  for (const match of knownMatches(text)) {
    const { entry } = match;
    const start = match.index;
    // "ICLEI Europe", "Covenant of Mayors - Europe": a regional branch goes with the name.
    const branch = /^(?: - | )(?:Europe|East|Ukraine|Deutschland|Germany)(?![\p{L}\d-])/u.exec(text.slice(start + match.text.length, start + match.text.length + 16));
    const end = start + match.text.length + (branch?.[0].length ?? 0);
    const overlapping = named.firstOverlapping(start, end);
    // "des Netzwerks Connective Cities": the designation before a known name is not part of it.
    if (overlapping && overlapping.start < start && overlapping.end === end && /^(?:Netzwerks?|Verbands?|Vereins?|network|association) $/u.test(text.slice(overlapping.start, start))) {
      overlapping.start = start;
      overlapping.name = text.slice(start, end);
    }
    if (overlapping) {
      overlapping.known ??= entry.primary;
      overlapping.kind = entry.kind;
      continue;
    }
    found.push({ start, end, name: knownSpelling(entry.names, text.slice(start, end)), kind: entry.kind, shortName: null, known: entry.primary });
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
  // A name in brackets right after another is that one's other name: "Association of Bavarian Municipalities (Bayerischer Gemeindetag)".
  for (let k = found.length - 1; k > 0; k--) {
    const [before, alias] = [found[k - 1]!, found[k]!];
    if (/^\s*\($/u.test(text.slice(before.end, alias.start)) && text[alias.end] === ')') {
      before.shortName ??= alias.name;
      found.splice(k, 1);
    }
  }
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
    if (FUNDS.test(name) || NOT_ORGANIZATIONS.has(name)) continue;
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
      if (name.length > existing.name.length && (existing.name.length <= 6 || name.startsWith(`${existing.name} `))) {
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
  return withCouncilLists(withAppositions(proposals, text, sentences, townStarts), text, sentences, townStarts);
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
