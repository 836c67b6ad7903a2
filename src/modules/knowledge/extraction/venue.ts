import type { EventDatesProposal, Sentence, TextSpan, VenueProposal } from './extraction.types.js';
import type { TownMention } from './places.js';
import { evidenceFor, sentenceIndexAt } from './text.js';

const HELD_IN_BEFORE =
  /(?:took place|takes place|will take place|was held|were held|is held|will be held|held|hosted|met|meet|meeting|gathered|convened|tagte\p{L}*|trafen sich|treffen sich|kamen|zusammen|stattfand|fand|findet|gathering|відбул\p{L}*|перебува\p{L}*|зібрал\p{L}*)(?![\p{L}])[^.!?]{0,60}?(?<![\p{L}])(?:in|у|в)\s+(?:der Stadt\s+|the city of\s+|the town of\s+)?$/iu;
const IN_BEFORE = /(?:^|[\s(])(?:in|im|at|у|в)\s+(?:der Stadt\s+|the city of\s+|the town of\s+|місті\s+)?$/iu;
const STATT_AFTER = /^[^.!?]{0,80}?\b(?:statt|stattfand|stattfinden|stattgefunden|took place|was held|were held)\b/iu;
const BUILDING_BEFORE =
  /(Rathaus|Stadthalle|Bürgerhaus|Town Hall|town hall|City Hall|city hall|Rathaus von|town hall of|city hall of)\s+(?:von\s+|of\s+|der Stadt\s+)?$/u;
const DESTINATION_BEFORE =
  /(?:(?<![\p{L}])(?:besucht\p{L}*|visited|visiting)\s+(?:[^.!?]{0,240}\s)?(?:die Stadt\s+|the city of\s+|den Stadtbezirk\s+)?|(?:visit to|visits to|(?<![\p{L}])Besuch in|Besuch der Stadt|zu Gast in|guests? in|reiste\p{L}* nach|travel\p{L}* to|trip to|Reise nach|journey to|kamen nach|came to|welcomed in|empfangen in)\s+(?:[^.!?,;]{0,40}\s)?(?:die Stadt\s+|the city of\s+|den Stadtbezirk\s+)?)$/iu;
const HOST_AFTER = /^\s*(?:lud ein|lädt ein|invited|hosted|war Gastgeber|was host|als Gastgeber|als Gastgeberin|hieß|empfängt|empfing|welcome[sd]?|receive[sd]?|приймає|приймала|приймало|приймав)(?![\p{L}])/iu;
const ORIGIN_BEFORE = /(?:aus|from|von|з|із|зі)\s+(?:der Stadt\s+|the city of\s+|dem Stadtbezirk\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?\s*(?:,|und|and|та|і|sowie)\s*){0,4}$/iu;
const DATELINE_AFTER = /^(?:\s*\([\p{L}\s]+\))?\s*[,/]\s*(?:\p{Lu}[\p{L}]+\s*[,/]\s*)?(?:den\s+)?(?:\d|\p{Lu}\p{Ll}+\s+\d)/u;
/** "Ort: Chemnitz", "Venue: Tampere", "Місце проведення: Полтава". */
const PLACE_LABEL_BEFORE = /(?:^|\n|\.\s)\s*(?:Ort|Veranstaltungsort|Tagungsort|Venue|Location|Place|Місце(?: проведення)?)\s*:\s*$/iu;
/** The next meeting's town is not this one's: "Das nächste Treffen findet in Döbeln statt", "Next meeting: May 2025 in Plauen". */
const NEXT_EVENT_BEFORE = /(?:nächst\p{L}*|kommend\p{L}*|next|upcoming|following meeting|наступн\p{L}*)[^.!?]*$/iu;
/** Back from where the event was: "zurück aus Kiew", "returned from Lviv", "повернулася з Оберхаузена". */
const BACK_FROM_BEFORE = /(?:zurück aus|zurückgekehrt aus|heimgekehrt aus|back from|returned from|returning from|return from|повернул\p{L}* (?:з|із|зі))\s+(?:der Stadt\s+|the city of\s+|dem\s+)?$/iu;
const BUILDING_ANYWHERE = /(?:im|ins|in das|in the|at the)\s+(Rathaus|Stadthalle|Bürgerhaus|town hall|city hall)\b/u;

/**
 * Where the event took place: the town named with "fand … in X statt", "took place in X",
 * "im Rathaus X", "besuchte … die Stadt X", "X lud ein", or else plain "in X", in the sentence
 * that gives the event's dates or near the top. A town named as the origin ("aus Kiew",
 * "from Lviv") does not count.
 */
export function findVenue(
  text: string,
  sentences: Sentence[],
  towns: TownMention[],
  dates: EventDatesProposal | null,
  title: TextSpan | null,
  /** Mentions of the towns travelling guests came from ("die Delegation aus Lwiw"): the guests' home is not the venue. */
  guestMentions: ReadonlySet<TownMention> = new Set(),
): VenueProposal | null {
  const eventSentence = dates ? sentenceIndexAt(sentences, dates.evidence.start) : -1;
  let best: { mention: TownMention; score: number; building: string | null } | null = null;
  /** The best score of another town: a close second makes the venue less sure. */
  const bestByTown = new Map<number, number>();
  for (const mention of towns) {
    const sentenceIndex = sentenceIndexAt(sentences, mention.start);
    const sentence = sentences[sentenceIndex];
    if (!sentence) continue;
    const before = text.slice(Math.max(sentence.start, mention.start - 300), mention.start);
    const after = text.slice(mention.end, sentence.end);
    let score = 0;
    let building: string | null = null;
    const buildingMatch = BUILDING_BEFORE.exec(before);
    if (buildingMatch) {
      score += 5;
      building = buildingMatch[1]!.replace(/\s+(?:von|of)$/u, '');
    }
    if (HELD_IN_BEFORE.test(before)) score += 6;
    else if (IN_BEFORE.test(before) && STATT_AFTER.test(after)) score += 6;
    else if (DESTINATION_BEFORE.test(before)) score += 4;
    else if (IN_BEFORE.test(before)) score += 2;
    if (HOST_AFTER.test(after)) score += 5;
    const backFrom = BACK_FROM_BEFORE.test(before);
    if (backFrom) score += 6;
    else if (ORIGIN_BEFORE.test(before)) score -= 5;
    if (PLACE_LABEL_BEFORE.test(text.slice(sentence.start, mention.start))) score += 6;
    if (NEXT_EVENT_BEFORE.test(before)) score -= 8;
    if (guestMentions.has(mention)) score -= 4;
    if (sentenceIndex === eventSentence) score += 3;
    if (title && mention.start >= title.start && mention.end <= title.end) score += 2;
    if (sentenceIndex <= 1) score += 1;
    if (mention.form === 'adjective') score -= 2;
    // A news dateline: "Halle (Saale), 21. April 2023.", "Munich, 30 June 2022 –".
    if (mention.start === sentence.start && (DATELINE_AFTER.test(after) || (sentenceIndex <= 2 && /^\s*\.?$/.test(after)))) score += 3;
    if (score < 2) continue;
    bestByTown.set(mention.town.geonamesId, Math.max(bestByTown.get(mention.town.geonamesId) ?? -Infinity, score));
    if (!best || score > best.score) best = { mention, score, building };
  }
  if (!best) return null;
  const { mention } = best;
  let building = best.building;
  if (!building) {
    const sentence = sentences[sentenceIndexAt(sentences, mention.start)];
    const match = BUILDING_ANYWHERE.exec(sentence?.text ?? '') ?? BUILDING_ANYWHERE.exec(text);
    if (match) building = match[1]!;
  }
  const rival = Math.max(0, ...[...bestByTown].filter(([id]) => id !== mention.town.geonamesId).map(([, score]) => score));
  return {
    confidence: venueConfidence(best.score, rival),
    name: mention.name,
    canonical: mention.town.canonical,
    country: mention.town.country,
    geonamesId: mention.town.geonamesId,
    building,
    evidence: evidenceFor(sentences, mention),
  };
}

/** "fand in X statt" far ahead of any other town is sure; a plain "in X" or a close second is not. */
function venueConfidence(score: number, rival: number): number {
  const base = score >= 9 ? 0.95 : score >= 6 ? 0.85 : score >= 4 ? 0.7 : 0.5;
  const margin = score - rival;
  return margin >= 4 ? base : margin >= 2 ? Math.min(base, 0.75) : Math.min(base, 0.55);
}
