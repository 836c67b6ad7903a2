import { addDays, daysBetween } from './dates.js';
import type { DateMention, EventDatesProposal, Sentence } from './extraction.types.js';
import { evidenceFor, sentenceIndexAt } from './text.js';

const EVENT_CUES =
  /(?<![\p{L}])(?:fand|finden|findet|stattfand|statt|stattfinden|tagte|tagten|trafen|treffen|besucht\p{L}*|besuch\p{L}*|reiste\p{L}*|workshop\p{L}*|konferenz\p{L}*|kongress\p{L}*|tagung|treffen|reise|vom|took place|takes place|will take place|was held|were held|is held|will be held|held|met|meet|visited|visit\p{L}*|travel\p{L}*|trip|tour|meeting|conference|workshop|hosted|from|between|відбув\p{L}*)(?![\p{L}])/iu;
/** Words before a date that put it before or beside the event the report is about. */
const PASSING_CUES =
  /(?:nach (?:der|dem)|after the|vor (?:der|dem)|before the|zuvor|vorherig\p{L}*|previous|ersten Besuch\p{L}*|first visit|bereits|already|last year|im Vorjahr|seit|since|bis zum|until|deadline|Anmeldeschluss|Frist|published|veröffentlicht)[^.!?]{0,60}$/iu;
const SINCE_BEFORE = /(?:seit|since|ab dem Jahr|from the year)\s*(?:dem\s+)?$/iu;
const NUMBER_WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10,
};
const DURATION = new RegExp(`(?<![\\p{L}])(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?:-|\\s)?(?:tägig\\p{L}*|Tage(?:n)?(?![\\p{L}])|days?(?![\\p{L}])|-day(?![\\p{L}]))`, 'iu');

interface Scored {
  mention: DateMention;
  score: number;
  sentence: number;
}

/**
 * The dates of the event a report is about. Each date mention is scored: a day beats a month,
 * an early sentence beats a late one, a sentence telling of the event ("fand … statt", "took
 * place", "besucht") adds, a date after "nach der"/"since" or far from the publication date
 * subtracts. Parts of one programme that follow on each other (a congress and the trip after
 * it) join into one range, and a single day with a duration ("fünftägig", "three-day") is
 * stretched to it.
 */
export function chooseEventDates(text: string, mentions: DateMention[], sentences: Sentence[], published?: string): EventDatesProposal | null {
  const dated = new Set<number>();
  const scored: Scored[] = [];
  for (const mention of mentions) {
    const sentenceIndex = sentenceIndexAt(sentences, mention.start);
    const sentence = sentences[sentenceIndex];
    if (!sentence) continue;
    // A line holding only a date is the publication date of a web page, not the event's.
    if (sentence.text.replace(/[\s.,]/g, '') === mention.text.replace(/[\s.,]/g, '') && sentenceIndex <= 2) continue;
    // A dateline ("Munich, 30 June 2022.", "Published 2 October 2019") dates the news, not the event.
    const rest = (text.slice(sentence.start, mention.start) + text.slice(mention.end, sentence.end)).trim();
    if (sentenceIndex <= 3 && /^(?:[\p{Lu}][\p{L}()\s/-]{0,40}[,:]?|published|veröffentlicht(?: am)?|posted|stand:?|datum:?)?[\s.,–-]*$/iu.test(rest) && rest.split(/\s+/).length <= 4) continue;
    const before = text.slice(sentence.start, mention.start);
    if (SINCE_BEFORE.test(before)) continue;
    dated.add(sentenceIndex);
    let score = mention.precision === 'day' ? 3 : 0;
    const rank = [...dated].filter((index) => index < sentenceIndex).length;
    score += Math.max(0, 3 - rank);
    if (EVENT_CUES.test(sentence.text)) score += 2;
    if (/(?:heute|today|ab|from|vom)\s*\(?\s*$/iu.test(before)) score += 1;
    if (PASSING_CUES.test(before)) score -= 3;
    if (mention.endDate !== mention.startDate && mention.precision === 'day') score += 1;
    if (published) {
      const distance = daysBetween(mention.endDate, published);
      if (distance > 400) score -= 2;
      if (distance < -365) score -= 1;
    }
    scored.push({ mention, score, sentence: sentenceIndex });
  }
  if (scored.length === 0) return null;
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  let startDate = best.mention.startDate;
  let endDate = best.mention.endDate;
  const used = [best.mention];
  // Parts that follow on each other in the same or the next sentence make one programme.
  let grown = true;
  while (grown) {
    grown = false;
    for (const other of scored) {
      if (used.includes(other.mention) || other.mention.precision !== 'day' || best.mention.precision !== 'day') continue;
      if (Math.abs(other.sentence - best.sentence) > 1 || other.score < best.score - 3) continue;
      const touches = daysBetween(endDate, other.mention.startDate) <= 1 && daysBetween(other.mention.endDate, startDate) <= 1;
      if (!touches) continue;
      if (other.mention.startDate < startDate) startDate = other.mention.startDate;
      if (other.mention.endDate > endDate) endDate = other.mention.endDate;
      used.push(other.mention);
      grown = true;
    }
  }
  let durationDays: number | null = null;
  if (startDate === endDate && best.mention.precision === 'day') {
    for (const sentence of sentences.slice(best.sentence, best.sentence + 3)) {
      const match = DURATION.exec(sentence.text);
      if (!match) continue;
      const days = /^\d+$/.test(match[1]!) ? Number(match[1]) : (NUMBER_WORDS[match[1]!.toLowerCase()] ?? 0);
      if (days >= 2 && days <= 21) {
        durationDays = days;
        endDate = addDays(startDate, days - 1);
      }
      break;
    }
  }
  return {
    startDate,
    endDate,
    precision: best.mention.precision,
    mentions: used.sort((a, b) => a.start - b.start),
    durationDays,
    evidence: evidenceFor(sentences, best.mention),
  };
}
