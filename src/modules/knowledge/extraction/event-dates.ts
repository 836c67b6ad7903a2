import { addDays, daysBetween, MS_PER_DAY, parseIsoDate } from './dates.js';
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

/** Only the first dated sentences earn a bonus: the first three, less one for each before. */
const EARLY_SENTENCES = 3;
/** The cues before a date are short; a longer look back would make every date rescan its sentence. */
const MAX_LOOK_BEHIND = 256;
/** A dateline is a few words around the date: a place, "published", "Stand:". */
const MAX_DATELINE_REST = 200;

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
  const earliestDated = new EarliestIndexes(EARLY_SENTENCES);
  const eventSentences = new Map<number, boolean>();
  const scored: Scored[] = [];
  for (const mention of mentions) {
    const sentenceIndex = sentenceIndexAt(sentences, mention.start);
    const sentence = sentences[sentenceIndex];
    if (!sentence) continue;
    // A line holding only a date is the publication date of a web page, not the event's.
    if (sentenceIndex <= 2 && onlyDate(sentence, mention)) continue;
    // A dateline ("Munich, 30 June 2022.", "Published 2 October 2019") dates the news, not the event.
    if (sentenceIndex <= 3 && isDateline(text, sentence, mention)) continue;
    const before = text.slice(Math.max(sentence.start, mention.start - MAX_LOOK_BEHIND), mention.start);
    if (SINCE_BEFORE.test(before)) continue;
    earliestDated.add(sentenceIndex);
    let score = mention.precision === 'day' ? 3 : 0;
    score += Math.max(0, EARLY_SENTENCES - earliestDated.countBelow(sentenceIndex));
    let eventSentence = eventSentences.get(sentenceIndex);
    if (eventSentence === undefined) eventSentences.set(sentenceIndex, (eventSentence = EVENT_CUES.test(sentence.text)));
    if (eventSentence) score += 2;
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
  // "Im April 2024" gives no day: the event's dates are left to the reviewer, not guessed as the whole month.
  if (best.mention.precision === 'month') return null;
  // Parts that follow on each other in the same or the next sentence make one programme.
  const used = best.mention.precision === 'day' ? adjoiningParts(best, scored) : [best.mention];
  const startDate = used.reduce((earliest, mention) => (mention.startDate < earliest ? mention.startDate : earliest), best.mention.startDate);
  let endDate = used.reduce((latest, mention) => (mention.endDate > latest ? mention.endDate : latest), best.mention.endDate);
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
  // Another date that scored nearly as well makes the choice less sure; a guessed year or length too.
  const rival = scored.filter((other) => !used.includes(other.mention) && other.mention.startDate !== best.mention.startDate).reduce((top, other) => Math.max(top, other.score), -Infinity);
  const margin = best.score - rival;
  let confidence = margin >= 4 ? 0.95 : margin >= 2 ? 0.85 : margin >= 1 ? 0.7 : 0.55;
  if (best.mention.yearInferred && !published) confidence = Math.min(confidence, 0.65);
  if (durationDays !== null) confidence = Math.min(confidence, 0.75);
  return {
    startDate,
    endDate,
    confidence,
    precision: best.mention.precision,
    mentions: used,
    durationDays,
    evidence: evidenceFor(sentences, best.mention),
  };
}

function onlyDate(sentence: Sentence, mention: DateMention): boolean {
  const strip = (value: string) => value.replace(/[\s.,]/g, '');
  return sentence.end - sentence.start <= mention.end - mention.start + MAX_DATELINE_REST && strip(sentence.text) === strip(mention.text);
}

function isDateline(text: string, sentence: Sentence, mention: DateMention): boolean {
  if (sentence.end - sentence.start - (mention.end - mention.start) > MAX_DATELINE_REST) return false;
  const rest = (text.slice(sentence.start, mention.start) + text.slice(mention.end, sentence.end)).trim();
  return /^(?:[\p{Lu}][\p{L}()\s/-]{0,40}[,:]?|published|veröffentlicht(?: am)?|posted|stand:?|datum:?)?[\s.,–-]*$/iu.test(rest) && rest.split(/\s+/).length <= 4;
}

/** The few smallest distinct sentence indexes seen so far: enough to count, up to that few, how many lie below a given one. */
class EarliestIndexes {
  private readonly smallest: number[] = [];
  constructor(private readonly size: number) {}

  add(index: number): void {
    if (this.smallest.includes(index)) return;
    this.smallest.push(index);
    this.smallest.sort((a, b) => a - b);
    if (this.smallest.length > this.size) this.smallest.pop();
  }

  countBelow(index: number): number {
    return this.smallest.filter((smaller) => smaller < index).length;
  }
}

/**
 * The best day mention with every other day mention of the same or a neighbouring sentence whose
 * days touch or overlap the range grown so far, in the order of the text. The range can only
 * grow, so the parts that join are those of one run of touching ranges: sorted by their first
 * day, a run goes on while the next part starts at most a day after the run's last day.
 */
function adjoiningParts(best: Scored, scored: Scored[]): DateMention[] {
  const parts = scored
    .filter((other) => other.mention.precision === 'day' && Math.abs(other.sentence - best.sentence) <= 1 && other.score >= best.score - 3)
    .map((other) => ({ mention: other.mention, from: parseIsoDate(other.mention.startDate)!, to: parseIsoDate(other.mention.endDate)! }))
    .sort((a, b) => a.from - b.from);
  let run: DateMention[] = [];
  let runEnd = -Infinity;
  for (const part of parts) {
    if (part.from > runEnd + MS_PER_DAY) {
      if (run.includes(best.mention)) break;
      run = [];
    }
    run.push(part.mention);
    runEnd = Math.max(runEnd, part.to);
  }
  return run.sort((a, b) => a.start - b.start);
}
