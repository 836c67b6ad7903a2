import type { KindProposal, ReportKind, Sentence } from './extraction.types.js';
import { evidenceFor } from './text.js';

/**
 * Words that tell what a report is about, with a weight each, in lower case (matched against
 * the lower-cased text). Compounds count: "projektplanungsworkshop", "partnerschaftskonferenz".
 */
const CUES: [Exclude<ReportKind, 'other'>, RegExp, number][] = [
  ['return_visit', /(?:gegenbesuch|rückbesuch|return visit|reciprocal visit|return(?:s|ed|ing)? (?:the |last year's |their |an earlier |that )?visit|erwider\p{L}* (?:den |einen )?besuch|зворотн\p{L}* візит|відповідн\p{L}* візит|відповід\p{L}* на (?:\p{L}+ )?візит)/gu, 4],
  // "Site visit", "field visit" and "study visit" are other kinds; "zurück aus Lwiw" tells of a visit made.
  ['delegation_visit', /(?<![\p{L}-])(?<!site |field |study )(?:delegation(?:sbesuch|sreise)?|besucht(?:e|en)?|besuch(?:s|e)?|arbeitsbesuch|zu gast|delegations?|visit(?:ed|s|ing)?|hosted|zurück aus|zurückgekehrt|back from|returned from|gäste|guests|делегаці\p{L}*|візит\p{L}*|гост\p{L}*)(?![\p{L}])/gu, 2],
  // An "Online-Seminar" is an online session, not a workshop somewhere.
  ['workshop', /(?<!online-|онлайн-)(?:workshop|werkstatt|seminar|schulung|training|семінар|воркшоп)/gu, 3],
  ['conference', /(?:(?<!online-|video)konferenz|kongress|fachtagung|(?<![\p{L}])fachtag(?:e|en|es)?(?![\p{L}])|(?<![\p{L}])tagung|symposium|conference|congress|summit|(?<![\p{L}])forum(?![\p{L}])|конференці|конгрес|(?<![\p{L}])форум)/gu, 3],
  ['peer_learning_trip', /(?:peer-learning-reise|fachinformationsreise|fachreise|studienreise|informationsreise|lernreise|study (?:tour|trip)|peer[- ]learning (?:trip|journey|tour)|learning journey|навчальн\p{L}* візит)/gu, 5],
  ['network_meeting', /(?:netzwerktreffen|arbeitstreffen|quartalstreffen|jahrestreffen|frühjahrstreffen|herbsttreffen|arbeitsgruppe|arbeitskreis|mitgliederversammlung|(?<![\p{L}])netzwerk|(?<![\p{L}])networks?(?![\p{L}])|working group|spring meeting|autumn meeting|annual meeting|network meeting|quarterly meeting|network(?:'s)? members?|members of the network|зустріч\p{L}* мережі)/gu, 3],
  ['site_visit', /(?:ortsbegehung|exkursion|besichtigung|stadtrundgang|site visits?|field visits?|field trip|walking tour|(?<![\p{L}])toured|(?<![\p{L}])tour of)/gu, 2],
  ['online_session', /(?<![\p{L}])(?:online|videokonferenz|webinar|web-seminar|virtuell\p{L}*|virtual(?:ly)?|zoom|digital\p{L}* (?:veranstaltung|treffen|sitzung|austausch)|онлайн)(?![\p{L}])/gu, 3],
  ['project', /(?<![\p{L}])(?:projekt(?:e|s|es)?|pilotprojekt\p{L}*|modellprojekt\p{L}*|projektträger|projektlaufzeit|laufzeit|pilotgebiet|project(?:s)?|pilot (?:area|project)|project duration|проєкт\p{L}*)(?![\p{L}])/gu, 2],
];

const PUBLICATION_STAMP = /^\s*(?:published|posted|veröffentlicht|stand|datum|опубліковано|дата)\b|^\s*[\d./-]+\s*$/iu;

/**
 * What the report tells of: each kind's cue words are counted, three times in the title and
 * the first sentence, twice in the first paragraph; the highest score wins. A report with no
 * cue at all is `other`.
 */
export function classifyKind(text: string, sentences: Sentence[], titleEnd: number): KindProposal {
  // A publication stamp ("Published 21 May 2024", "Опубліковано …") is not the report's first sentence.
  const firstSentence = sentences.find((sentence) => sentence.start >= titleEnd && !PUBLICATION_STAMP.test(sentence.text)) ?? sentences[0];
  const firstParagraphEnd = (() => {
    const from = firstSentence?.start ?? 0;
    const blank = text.indexOf('\n\n', from);
    return blank === -1 ? text.length : blank;
  })();
  const scores = new Map<ReportKind, { score: number; cues: Map<string, number>; first: { start: number; end: number } | null }>();
  const lower = text.toLowerCase();
  const searched = lower.length === text.length ? lower : text;
  for (const [kind, pattern, weight] of CUES) {
    const entry = { score: 0, cues: new Map<string, number>(), first: null as { start: number; end: number } | null };
    for (const match of searched.matchAll(pattern)) {
      const position = match.index;
      const inLead = position < titleEnd || (firstSentence !== undefined && position >= firstSentence.start && position < firstSentence.end);
      const factor = inLead ? 3 : position < firstParagraphEnd ? 2 : 1;
      entry.score += weight * factor;
      const cue = match[0].toLowerCase();
      entry.cues.set(cue, (entry.cues.get(cue) ?? 0) + weight * factor);
      if (!entry.first || (inLead && !(entry.first.start < titleEnd))) entry.first ??= { start: position, end: position + match[0].length };
    }
    scores.set(kind, entry);
  }
  // A visit programme's return leg: "Gegenbesuch" in the lead decides against a plain visit.
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  let [bestKind, best] = ranked[0]!;
  const returnVisit = scores.get('return_visit')!;
  // A return leg named in the title or the first two sentences decides: its reports speak of the delegation and its visit too.
  const firstIndex = firstSentence ? sentences.indexOf(firstSentence) : 0;
  const leadEnd = sentences[firstIndex + 1]?.end ?? firstSentence?.end ?? titleEnd;
  if (bestKind === 'delegation_visit' && returnVisit.first && returnVisit.first.start < leadEnd) [bestKind, best] = ['return_visit', returnVisit];
  if (best.score < 4) return { kind: 'other', cues: [], evidence: null, confidence: 0.3 };
  const runnerUp = ranked.find(([kind]) => kind !== bestKind)?.[1].score ?? 0;
  return {
    kind: bestKind,
    confidence: kindConfidence(best.score, runnerUp),
    cues: [...best.cues.entries()].sort((a, b) => b[1] - a[1]).map(([cue]) => cue),
    evidence: best.first ? evidenceFor(sentences, best.first) : null,
  };
}

/** Sure when the kind's cues far outweigh the next kind's: 0.95 alone, about 0.5 on a tie. */
function kindConfidence(best: number, runnerUp: number): number {
  const lead = Math.max(0, best - runnerUp) / best;
  const strength = Math.min(1, best / 12);
  return Math.round((0.45 + 0.5 * lead * (0.5 + 0.5 * strength)) * 100) / 100;
}
