import { plainKey } from '../../../core/names/name-keys.js';
import type { PartnershipProposal, Sentence } from './extraction.types.js';
import type { TownMention } from './places.js';
import { evidenceFor, sentenceAt } from './text.js';

const PARTNERSHIP =
  /(?:[Pp]artnerschaft(?:en)?|Partnerstädte|Partnerstadt|Schwesterstädte|Städtefreundschaft|(?:town |city |municipal |district |project |climate |sister[- ]city )?(?:twinning|partnership|partnerships)|twin(?:ned)? (?:towns?|cities)|sister cities|partner cities|twinned|побратим\p{L}*|партнерств\p{L}*)(?![\p{L}])/gu;
const NAME = "[\\p{Lu}][\\p{L}’'-]*(?:\\s(?:am|an der|upon|on|im)\\s[\\p{Lu}][\\p{L}-]*|\\s\\([\\p{Lu}][\\p{L}]*\\)|\\s[\\p{Lu}][\\p{L}’'-]*){0,2}";
const NEGATION = /(?<![\p{L}])(?:not|nicht|kein\p{L}*|no|never|nie)(?![\p{L}])/iu;
const GENERIC = "(?:(?:den|der|die|the|its|their)\\s+)?(?:(?:Städten|Stadtteilen|Stadtgebieten|Stadtbezirken|Bezirken|Gemeinden|Kommunen|Städte|cities|towns|districts|municipalities|communities|city|town|Stadt)\\s+(?:of\\s+)?)?";
/** "zwischen Leipzig und Kiew", "between Lviv and Freiburg" */
const BETWEEN = new RegExp(`(?:zwischen|between)\\s+${GENERIC}(${NAME})\\s+(?:und|and|&)\\s+${GENERIC}(${NAME})`, 'u');
/** "Leipzig und Kiew sind seit 1961 Partnerstädte", "Lviv and Freiburg have been twinned since 1989" */
const PAIR_BEFORE = new RegExp(`(${NAME})\\s+(?:und|and|&)\\s+(${NAME})\\s+(?:sind|waren|have been|are|were|has been|haben|verbindet|verbindet eine)`, 'u');
/** "Partnerschaft mit Kiew", "partnership with Kharkiv", "Partnerstadt von Kiew" */
const WITH = new RegExp(`(?:mit|with|von|of)\\s+${GENERIC}(${NAME})`, 'u');
const SINCE = /(?:seit|since|from|dating back to|established in|founded in|begründet\p{L}*|gegründet\p{L}*|signed in|unterzeichnet\p{L}*|besteht seit|in|im Jahr|im Jahre)\s+(?:dem\s+)?(?:Jahr\s+)?((?:19|20)\d\d)(?!\d)|((?:19|20)\d\d)\s+(?:begründet\p{L}*|gegründet\p{L}*|geschlossen\p{L}*|established|founded|signed|besiegelt\p{L}*)/iu;

/**
 * Partnerships the text names: "die seit 1961 gepflegte Städtepartnerschaft zwischen Leipzig
 * und Kiew" gives {a: Leipzig, b: Kiew, since: 1961}. The parties are given as written (a
 * district as "Leipzig-Grünau"); a partnership "with" one party takes the other from the town
 * named last before it in the sentence, or the report's first town.
 */
export function findPartnerships(text: string, sentences: Sentence[], towns: TownMention[]): PartnershipProposal[] {
  const proposals: PartnershipProposal[] = [];
  const byKey = new Map<string, PartnershipProposal>();
  const seen = new Set<string>();
  const townsByKey = new Map<string, number>();
  for (const mention of towns) {
    const key = plainKey(mention.name);
    if (!townsByKey.has(key)) townsByKey.set(key, mention.town.geonamesId);
  }
  const townAt = (offset: number, name: string) =>
    townHolding(towns, offset)?.town.geonamesId ?? townsByKey.get(plainKey(name.split('-')[0] ?? name)) ?? null;
  const negated = negationFinder(text);
  for (const match of text.matchAll(PARTNERSHIP)) {
    const sentence = sentenceAt(sentences, match.index);
    if (!sentence || sentence.end <= match.index) continue;
    const local = sentence.text;
    const at = match.index - sentence.start;
    const after = local.slice(at + match[0].length, at + match[0].length + 140);
    const before = local.slice(Math.max(0, at - 140), at);
    let a: { name: string; offset: number } | null = null;
    let b: { name: string; offset: number } | null = null;
    const between = BETWEEN.exec(after);
    const base = sentence.start + at + match[0].length;
    if (between) {
      a = { name: between[1]!, offset: base + between.index + between[0].indexOf(between[1]!) };
      b = { name: between[2]!, offset: base + between.index + between[0].lastIndexOf(between[2]!) };
    } else {
      const pair = PAIR_BEFORE.exec(before);
      if (pair) {
        const beforeStart = sentence.start + Math.max(0, at - 140);
        a = { name: pair[1]!, offset: beforeStart + pair.index };
        b = { name: pair[2]!, offset: beforeStart + pair.index + pair[0].indexOf(pair[2]!, pair[1]!.length) };
      } else {
        const withMatch = WITH.exec(after.slice(0, 60));
        if (withMatch) {
          const offset = base + withMatch.index + withMatch[0].indexOf(withMatch[1]!);
          const other = lastTownBefore(towns, sentence.start + at, sentence.start) ?? towns[0];
          const withId = townAt(offset, withMatch[1]!);
          if (other && withId !== null && other.town.geonamesId !== withId) {
            a = { name: other.name, offset: other.start };
            b = { name: withMatch[1]!, offset };
          }
        }
      }
    }
    if (!a || !b) continue;
    if (Math.min(a.offset, b.offset) < match.index && negated(Math.min(a.offset, b.offset), match.index)) continue;
    const aId = townAt(a.offset, a.name);
    const bId = townAt(b.offset, b.name);
    // Both parties must be places or at least names the gazetteer knows one of.
    if (aId === null && bId === null) continue;
    const sinceMatch = SINCE.exec(before.slice(-60)) ?? SINCE.exec(after.slice(0, 120));
    const since = sinceMatch ? Number(sinceMatch[1] ?? sinceMatch[2]) : null;
    const key = [plainKey(a.name), plainKey(b.name)].sort().join('|');
    const existing = byKey.get(key);
    if (existing) {
      existing.since ??= since;
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const proposal = { a: a.name, b: b.name, since, aGeonamesId: aId, bGeonamesId: bId, evidence: evidenceFor(sentences, { start: match.index, end: match.index + match[0].length }) };
    proposals.push(proposal);
    byKey.set(key, proposal);
  }
  return proposals;
}

/** The town mention holding an offset; mentions are in the order of the text and do not overlap. */
function townHolding(towns: readonly TownMention[], offset: number): TownMention | undefined {
  const index = lastIndexWhere(towns, (mention) => mention.start <= offset);
  const mention = towns[index];
  return mention && mention.end > offset ? mention : undefined;
}

/** The last town mention ending by `offset` and starting at `from` or later. */
function lastTownBefore(towns: readonly TownMention[], offset: number, from: number): TownMention | undefined {
  const mention = towns[lastIndexWhere(towns, (candidate) => candidate.end <= offset)];
  return mention && mention.start >= from ? mention : undefined;
}

/** The last index whose item passes a test that holds for a prefix of the list; -1 if none. */
function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

const LETTER = /\p{L}/u;
const NEGATION_WORD = /^(?:not|nicht|kein\p{L}*|no|never|nie)(?![\p{L}])/iu;

/**
 * Whether a negation stands in text.slice(from, to), as NEGATION.test on that slice would say,
 * without scanning a long slice for each partnership: the words wholly inside come from one
 * pass over the text; only the first and the last word of the slice are looked at again, since
 * there the ends of the slice stand in for the letters around.
 */
function negationFinder(text: string): (from: number, to: number) => boolean {
  let words: { start: number; end: number }[] | null = null;
  return (from, to) => {
    if (to - from <= 400) return NEGATION.test(text.slice(from, to));
    if (NEGATION_WORD.test(text.slice(from, to))) return true;
    const lastWord = wordStart(text, from, to);
    if (lastWord < to && NEGATION_WORD.test(text.slice(lastWord, to))) return true;
    words ??= [...text.matchAll(new RegExp(NEGATION.source, 'giu'))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    const first = words[lastIndexWhere(words, (word) => word.start < from) + 1];
    return first !== undefined && first.end <= to;
  };
}

/** Where the letters that end text.slice(from, to) begin (a letter outside the basic plane takes two code units). */
function wordStart(text: string, from: number, to: number): number {
  let position = to;
  while (position > from) {
    const unit = text.charCodeAt(position - 1);
    const pair = unit >= 0xdc00 && unit <= 0xdfff && position - 2 >= from && (text.charCodeAt(position - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(position - width, position))) break;
    position -= width;
  }
  return position;
}
