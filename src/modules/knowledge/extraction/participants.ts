import type { ParticipantCountProposal, Sentence } from './extraction.types.js';
import { evidenceFor } from './text.js';

const NUMBER_WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14,
  fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const WORDS = [...TENS.flatMap((ten) => UNITS.map((unit) => `${ten}-${unit}`)), ...Object.keys(NUMBER_WORDS)];
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const NUMBER = `(\\d{1,4}|${[...WORDS, ...WORDS.map(capitalised)].join('|')})`;
const AT_LEAST = '([Üü]ber|[Mm]ehr als|[Mm]ore than|[Oo]ver|[Aa]t least|[Mm]indestens|[Gg]ut|[Kk]napp|[Rr]und|[Ee]twa|ca\\.|[Cc]irca|[Ff]ast|[Nn]ahezu|[Aa]round|[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Aa]pproximately|[Ii]nsgesamt|[Aa] total of|total of)?';
const PEOPLE =
  '(?:Teilnehmer(?:\\*innen|:innen|Innen|innen)?|Teilnehmende[n]?|Delegierte[n]?|Gäste[n]?|Vertreter(?:\\*innen|:innen|Innen|innen)?|Fachleute[n]?|Expert(?:en|innen|\\*innen|:innen)|Stadtteilmanager(?:\\*innen|innen)?|Quartiersmanager(?:\\*innen|innen)?|Bürgermeister(?:\\*innen|innen)?|Personen|Menschen|Akteure|Akteurinnen|Fachkräfte[n]?|Koordinator(?:inn)?en|Planer(?:innen)?|Besucher(?:innen)?|Mitarbeitende|participants|delegates|attendees|representatives|experts|mayors|guests|people|practitioners|officials|officers|planners|visitors|neighbou?rhood managers|учасник\\p{L}*|делегат\\p{L}*|представник\\p{L}*)';
/**
 * "über 35 Delegierte", "25 Stadtteilmanager", "more than 40 participants", "zwölf kommunale Vertreterinnen".
 * A count may start on the whitespace before its number; past the second character of a run of
 * whitespace no other start can match, and skipping them keeps a long run from being rescanned
 * from each of its characters.
 */
const COUNT = new RegExp(`(?<![\\p{L}\\d.,])(?!(?<=\\s\\s)\\s)${AT_LEAST}\\s*${NUMBER}\\s+(?:(?!(?:die|der|das|den|the)\\s)[\\p{Ll}][\\p{L}-]*(?:e|en|er|es|n|an|al|ic|ed|ge|ty)\\s+){0,2}(?:[\\p{Ll}]+\\s+(?:and|und)\\s+[\\p{Ll}]+\\s+)?${PEOPLE}(?![\\p{L}])`, 'gu');
/** "eine zwölfköpfige Delegation", "a 15-member delegation", "a delegation of 12". */
const DELEGATION = new RegExp(`(?:(\\d{1,3})-?köpfige|(\\d{1,3})-member|(${Object.keys(NUMBER_WORDS).join('|')})köpfige|delegation of (\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\d]))`, 'giu');

function valueOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens, units] = word.toLowerCase().split('-');
  if (units !== undefined) return (NUMBER_WORDS[tens!] ?? NaN) + (NUMBER_WORDS[units] ?? NaN);
  return NUMBER_WORDS[word.toLowerCase()] ?? NaN;
}

/** The number of people who took part: the largest count of participants, delegates or guests the text gives. */
export function findParticipantCount(text: string, sentences: Sentence[]): ParticipantCountProposal | null {
  let best: ParticipantCountProposal | null = null;
  const consider = (count: number, atLeast: boolean, start: number, end: number) => {
    if (!Number.isFinite(count) || count < 2 || count > 5000 || (count >= 1900 && count <= 2100)) return;
    if (!best || count > best.count) best = { count, atLeast, evidence: evidenceFor(sentences, { start, end }) };
  };
  for (const match of text.matchAll(COUNT)) {
    const qualifier = match[1]?.toLowerCase() ?? '';
    consider(valueOf(match[2]!), /über|mehr|more|over|least|mindest|gut/.test(qualifier), match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(DELEGATION)) {
    const word = match[1] ?? match[2] ?? match[3] ?? match[4]!;
    consider(valueOf(word), false, match.index, match.index + match[0].length);
  }
  return best;
}
