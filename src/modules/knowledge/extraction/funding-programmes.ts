import known from './data/known-funding-programmes.json' with { type: 'json' };
import { plainKey } from '../../../core/names/name-keys.js';
import type { FundingProgrammeProposal, Sentence, TextSpan } from './extraction.types.js';
import { SpanIndex } from './span-index.js';
import { evidenceFor } from './text.js';

const OPEN = '[„"“»«‚‘\']';
const CLOSE = '["“”«»‘’\']';
const CUE = '(?:[Pp]rogramm(?:s|es|e)?|[Pp]rogrammes?|[Pp]rograms?|Förderlinie|Förderaufruf|Förderschwerpunkt|funding line|funding scheme)';
/** „Name“ right after a programme word: Programm „Schnellstarterpaket Ukraine“, Bund-Länder-Programm „Soziale Stadt“. */
const QUOTED_AFTER = new RegExp(`${CUE}\\s*(?:(?:des|der|of the|of)\\s+[\\p{L}-]+\\s*)?${OPEN}([^"“”„«»\\n]{3,90}?)${CLOSE}`, 'gu');
/** "Name" before "programme": the "Social City" programme. */
const QUOTED_BEFORE = new RegExp(`${OPEN}([^"“”„«»\\n]{3,90}?)${CLOSE}\\s*(?:[\\p{L}-]+\\s+)?(?:[Pp]rogramm(?:e|s)?|[Pp]rogram|[Ff]örderprogramm|funding scheme)(?![\\p{L}])`, 'gu');
/** the URBACT programme, the Interreg Europe programme */
const NAMED_BEFORE = /(?<=\b(?:the|The|its|an?)\s)((?:[\p{Lu}\d][\p{L}\d+&-]*\s){1,5})(?:funding\s)?(?:programme|program)(?![\p{L}])/gu;
const KNOWN = (known.programmes as string[][]).map((names) => ({
  names,
  pattern: new RegExp(names.map((name) => `(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`).join('|'), 'gu'),
}));
/** The first name of the known programme each spelling belongs to, by its plain key. */
const KNOWN_BY_KEY = new Map<string, string>();
for (const { names } of KNOWN) for (const name of names) if (!KNOWN_BY_KEY.has(plainKey(name))) KNOWN_BY_KEY.set(plainKey(name), names[0]!);
const NOT_PROGRAMMES = /^(?:EU|European|Federal|National|Regional|German|Ukrainian|This|That|Our|New|Visit|Exchange|Training|Workshop)\s*$/u;

/**
 * Funding programmes named in a text: a quoted name after "Programm"/"programme" (or before it),
 * a capitalised name before "programme", and programmes on the list of known ones. Names are
 * given as written, without quotes; each programme once.
 */
export function findFundingProgrammes(text: string, sentences: Sentence[]): FundingProgrammeProposal[] {
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
  for (const match of text.matchAll(NAMED_BEFORE)) {
    const name = match[1]!.trim();
    if (NOT_PROGRAMMES.test(name)) continue;
    found.push({ start: match.index, end: match.index + name.length, name, source: 'named' });
  }
  for (const { pattern } of KNOWN) {
    for (const match of text.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].length, name: match[0], source: 'known' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // A known name inside a quoted one ("ESF Plus" in „Nachhaltige soziale Stadtentwicklung ESF Plus“) is part of it.
  const spans = new SpanIndex(found.filter((programme) => programme.source !== 'known'));
  const insideLonger = (programme: TextSpan) => spans.covers(programme.start - 1, programme.end) || spans.covers(programme.start, programme.end + 1);
  const kept = found.filter((programme) => programme.source !== 'known' || !insideLonger(programme));
  const proposals: FundingProgrammeProposal[] = [];
  const seen = new Set<string>();
  const knownKey = (name: string) => {
    const primary = KNOWN_BY_KEY.get(plainKey(name));
    return primary !== undefined ? `known:${primary}` : plainKey(name);
  };
  for (const programme of kept) {
    const key = knownKey(programme.name);
    if (seen.has(key) || plainKey(programme.name) === '') continue;
    // A quoted name holding a known one ("Soziale Stadt" in „Die Soziale Stadt“) is that one.
    seen.add(key);
    proposals.push({ name: programme.name, source: programme.source, evidence: evidenceFor(sentences, programme) });
  }
  return proposals;
}
