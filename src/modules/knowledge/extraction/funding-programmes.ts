import known from './data/known-funding-programmes.json' with { type: 'json' };
import { plainKey } from '../../../core/names/name-keys.js';
import type { FundingProgrammeProposal, Sentence, TextSpan } from './extraction.types.js';
import { REGIONS } from './organizations.js';
import { SpanIndex } from './span-index.js';
import { evidenceFor } from './text.js';

const OPEN = '[„"“»«‚‘\']';
const CLOSE = '["“”«»‘’\']';
const CUE = '(?:[Pp]rogramm(?:s|es|e)?|[Pp]rogrammes?|[Pp]rograms?|Förderlinie|Förderaufruf|Förderschwerpunkt|funding line|funding scheme|[Ii]nitiative|[Пп]рограм[\\p{L}]*|[Іі]ніціатив[\\p{L}]*|в межах|у межах|в рамках|у рамках)';
/** „Name“ right after a programme word: Programm „Schnellstarterpaket Ukraine“, Bund-Länder-Programm „Soziale Stadt“. */
const QUOTED_AFTER = new RegExp(`${CUE}\\s*(?:(?:des|der|of the|of)\\s+[\\p{L}-]+\\s*)?${OPEN}([^"“”„«»\\n]{3,90}?)${CLOSE}`, 'gu');
/** "Name" before "programme": the "Social City" programme. */
const QUOTED_BEFORE = new RegExp(`${OPEN}([^"“”„«»\\n]{3,90}?)${CLOSE}\\s*(?:[\\p{L}-]+\\s+)?(?:[Pp]rogramm(?:e|s)?|[Pp]rogram|[Ff]örderprogramm|funding scheme|initiative)(?![\\p{L}])`, 'gu');
/** the URBACT programme, the Interreg Europe programme */
const NAMED_BEFORE = /(?<=\b(?:the|The|its|an?)\s)((?:[\p{Lu}\d][\p{L}\d+&-]*\s){1,5})(?:funding\s)?(?:programme|program)(?![\p{L}])/gu;
/** "the Citizens, Equality, Rights and Values programme", "the Bridges of Trust initiative": commas and small words inside. */
const LISTED_BEFORE = /(?<=\b(?:the|The|its)\s)([\p{Lu}][\p{L}\d+&-]*(?:(?:,\s|\s(?:and|of|for|in|the|with|&)\s|\s)[\p{Lu}\d][\p{L}\d+&-]*){1,7})\s(?:funding\s)?(?:programme|program|initiative)(?![\p{L}])/gu;
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A German name in whatever case the sentence puts it: "der Nationalen Klimaschutzinitiative", "des Programms Sozialer Zusammenhalt". */
const declinable = (name: string) =>
  name
    .split(' ')
    .map((word, position, words) => {
      const adjective = position < words.length - 1 && !/\p{Script=Cyrillic}/u.test(word) ? /^(\p{Lu}\p{Ll}+?)(?:er|es|e)$/u.exec(word) : null;
      return adjective ? `${escape(adjective[1]!)}(?:e|er|es|en|em)` : escape(word);
    })
    .join(' ');
/** A generation or edition after a programme's name belongs to it: "URBACT IV", "Interreg VI", "ESF Plus", "Horizon 2020". */
const EDITION = /^ (?:I{1,3}|IV|VI{0,3}|IX|X|Plus|\+|20\d\d(?:[–-]20\d\d)?)(?![\p{L}\d])/u;
/** Each known programme with the literal start of each of its names, so that only a text holding one runs its pattern. */
const KNOWN = (known.programmes as string[][]).map((names) => ({
  names,
  anchors: names.map((name) => declinable(name).split(/[(\\]/u)[0]!.slice(0, 12)),
  pattern: new RegExp(names.map((name) => `(?<![\\p{L}\\d])(${declinable(name)})(?![\\p{L}\\d])`).join('|'), 'gu'),
}));
/** The first name of the known programme each spelling belongs to, by its plain key. */
const KNOWN_BY_KEY = new Map<string, string>();
for (const { names } of KNOWN) for (const name of names) if (!KNOWN_BY_KEY.has(plainKey(name))) KNOWN_BY_KEY.set(plainKey(name), names[0]!);
const NOT_PROGRAMMES = /^(?:EU|European|Federal|National|Regional|German|Ukrainian|This|That|Our|New|Visit|Exchange|Training|Workshop)\s*$/u;

/** Words that introduce a programme's name written without quotes: "das Förderprogramm Klimaanpassung in sozialen Einrichtungen", "the programme Municipal Climate Partnerships". */
const CUE_BEFORE_NAME = /(?<![\p{L}])(?:(?:Förder|Bundes|Landes|Sonder|Sofort|Forschungs|Aktions|Investitions|Modell)?[Pp]rogramms?|Programmes|(?:Bundes)?[Ii]nitiative|programme|initiative)(?= (?:\p{Lu}|zur |für ))/gu;
/** Compounds that are the first word of a programme's name when "zur"/"für" follows: "Sofortprogramm zur Stärkung unserer Innenstädte und Zentren". */
const NAMING_CUE = /^(?:Sofort|Sonder|Aktions|Investitions)programm$/u;
/** Small words inside a German or English programme name: "mit der Ukraine", "an den Klimawandel", "for Host Communities in the Middle East". */
const NAME_CONNECTORS = new Set(['für', 'mit', 'der', 'die', 'das', 'den', 'dem', 'in', 'im', 'an', 'am', 'zur', 'zum', 'und', 'unserer', 'gegen', 'durch', 'for', 'of', 'and', 'in', 'the', 'with', 'on']);
/** Words that cannot open a name after a programme word: sentence words, pronouns, days of the week. */
const NOT_NAME_START = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|The|A|An|This|That|It|Its|Auf|Im|In|Am|Für|Mit|Von|Zu|Bei|Und|Auch|Wie|Es|Sie|Er|Wir|Ich|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Teil|Ende|Anfang|Mitte)$/u;
/** "des Bundesministeriums …", "der Servicestelle …", "of the European Union": the owner after a name, not part of it. */
const OWNER_AFTER = /^(?:des|der|of the|von|vom|aus|by the|by) (?:\p{Lu}[\p{L}-]*(?:ministerium|ministeriums|stelle|amt|amtes|agentur|bank|stiftung|kommission|union|Union|Bundes|Landes|Freistaat|Freistaats|EU|Europäischen|European|Federal|German)\b|Bundes|Landes|Freistaat|EU\b|Europäischen|European|Federal|German|\p{Lu}{2,})/u;

/**
 * The name after a programme word, written without quotes: capitalised words and the small words
 * between them, to before a comma, the end of the sentence, a lower-case word that is not a
 * connector or an adjective before a noun, or the owner of the programme ("des Bundesministeriums …").
 */
function nameAfterCue(text: string, from: number): { start: number; end: number } | null {
  const words = /[\p{L}\d][\p{L}\d+&.’'/-]*|[^\s\p{L}\d]/gu;
  words.lastIndex = from;
  let end = -1;
  let start = -1;
  let previous = from;
  let count = 0;
  for (let match = words.exec(text); match && count < 12; previous = match.index + match[0].length, match = words.exec(text), count++) {
    const word = match[0].replace(/\.$/u, '');
    const space = text.slice(previous, match.index);
    if (start !== -1 && (space !== ' ' || /\n/.test(space))) break;
    if (start === -1) {
      if (space !== ' ' || !/^\p{Lu}/u.test(word) || NOT_NAME_START.test(word)) return null;
      start = match.index;
      end = match.index + word.length;
      if (match[0].endsWith('.')) break;
      continue;
    }
    if (OWNER_AFTER.test(text.slice(match.index, match.index + 60))) break;
    const lower = !/^\p{Lu}/u.test(word) && !/^\d/u.test(word);
    if (lower && !NAME_CONNECTORS.has(word) && !/^\p{Ll}+(?:e|en|er|es|em)$/u.test(word)) break;
    if (!lower) end = match.index + word.length;
    if (match[0].endsWith('.') || /[,;:!?]/u.test(text[match.index + match[0].length] ?? '')) break;
  }
  return start === -1 ? null : { start, end };
}

/** A Ukrainian programme's name in the nominative: "Програми з відновлення України" → "Програма з відновлення України". */
export function programmeNominative(name: string): string {
  return name.replace(/^([Пп]рограм)(?:и|і|у|ою)(?= )/u, '$1а').replace(/^([Іі]ніціатив)(?:и|і|у|ою)(?= )/u, '$1а');
}

/**
 * Funding programmes named in a text: a quoted name after "Programm"/"programme" (or before it),
 * a capitalised name before "programme", and programmes on the list of known ones. Names are
 * given as written, without quotes; each programme once.
 */
export function findFundingProgrammes(text: string, sentences: Sentence[], organizations: readonly TextSpan[] = []): FundingProgrammeProposal[] {
  const found: { start: number; end: number; name: string; source: FundingProgrammeProposal['source'] }[] = [];
  const collect = (pattern: RegExp, source: FundingProgrammeProposal['source']) => {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.trim();
      const start = match.index + match[0].indexOf(match[1]!);
      found.push({ start, end: start + match[1]!.length, name, source });
    }
  };
  collect(QUOTED_AFTER, 'quoted');
  collect(QUOTED_BEFORE, 'quoted');
  for (const match of text.matchAll(LISTED_BEFORE)) {
    const name = match[1]!;
    if (NOT_PROGRAMMES.test(name) || !/,|\s(?:and|of|for|in|with|&)\s/u.test(name)) continue;
    found.push({ start: match.index, end: match.index + name.length, name, source: 'named' });
  }
  for (const match of text.matchAll(CUE_BEFORE_NAME)) {
    // "Sofortprogramm zur Stärkung …": the compound opens the name.
    const opened = NAMING_CUE.test(match[0]) && /^(?:zur|für) /u.test(text.slice(match.index + match[0].length + 1));
    if (opened) {
      const rest = nameAfterCue(text, match.index + match[0].length + 1 + text.slice(match.index + match[0].length + 1).indexOf(' '));
      if (!rest) continue;
      found.push({ start: match.index, end: rest.end, name: text.slice(match.index, rest.end), source: 'named' });
      continue;
    }
    const span = nameAfterCue(text, match.index + match[0].length);
    if (!span) continue;
    const name = text.slice(span.start, span.end);
    if (NOT_PROGRAMMES.test(name)) continue;
    found.push({ ...span, name, source: 'named' });
  }
  for (const match of text.matchAll(NAMED_BEFORE)) {
    const name = match[1]!.trim();
    if (NOT_PROGRAMMES.test(name)) continue;
    found.push({ start: match.index, end: match.index + name.length, name, source: 'named' });
  }
  for (const { names, anchors, pattern } of KNOWN) {
    if (!anchors.some((anchor) => text.includes(anchor))) continue;
    for (const match of text.matchAll(pattern)) {
      const spelling = names[match.slice(1).findIndex((group) => group !== undefined)] ?? match[0];
      // "Netzwerk Soziale Stadt Sachsen": a programme's name with a region after it names a network, not the programme.
      const after = /^ (\p{Lu}[\p{L}-]*)/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[1];
      if (after && REGIONS.has(after)) continue;
      const edition = EDITION.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 12))?.[0] ?? '';
      const end = match.index + match[0].length + edition.length;
      found.push({ start: match.index, end, name: edition ? text.slice(match.index, end) : spelling, source: 'known' });
    }
  }
  // A programme named inside an organisation's name ("Netzwerk Soziale Stadt Sachsen") is the organisation's.
  const organizationSpans = new SpanIndex([...organizations]);
  const withinOrganization = (programme: TextSpan) => organizationSpans.covers(programme.start, programme.end) && !organizations.some((organization) => organization.start === programme.start && organization.end === programme.end);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // A known name inside a quoted one ("ESF Plus" in „Nachhaltige soziale Stadtentwicklung ESF Plus“) is part of it.
  const spans = new SpanIndex(found.filter((programme) => programme.source !== 'known'));
  const insideLonger = (programme: TextSpan) => spans.covers(programme.start - 1, programme.end) || spans.covers(programme.start, programme.end + 1);
  // A name found inside a longer one ("Nationale Stadtentwicklungspolitik" in "Initiative Nationale Stadtentwicklungspolitik") is part of it.
  const insideOther = (programme: TextSpan) => found.some((other) => other.start <= programme.start && other.end >= programme.end && other.end - other.start > programme.end - programme.start);
  const kept = found.filter((programme) => (programme.source !== 'known' || !insideLonger(programme)) && !insideOther(programme) && !withinOrganization(programme));
  const proposals: FundingProgrammeProposal[] = [];
  const seen = new Set<string>();
  const knownKey = (name: string) => {
    const primary = KNOWN_BY_KEY.get(plainKey(name));
    return primary !== undefined ? `known:${primary}` : plainKey(name);
  };
  // "URBACT" and "URBACT IV" in one text are one programme, named with its edition.
  const withEdition = (name: string) => kept.some((other) => other.name.startsWith(`${name} `) && EDITION.test(other.name.slice(name.length)));
  for (const programme of kept) {
    if (withEdition(programme.name)) continue;
    const key = knownKey(programme.name);
    if (seen.has(key) || plainKey(programme.name) === '') continue;
    // A quoted name holding a known one ("Soziale Stadt" in „Die Soziale Stadt“) is that one.
    seen.add(key);
    proposals.push({ name: programmeNominative(programme.name), source: programme.source, evidence: evidenceFor(sentences, programme) });
  }
  return proposals;
}
