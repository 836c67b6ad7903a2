import type { KindProposal, ReportKind, Sentence } from './extraction.types.js';
import { evidenceFor } from './text.js';

/** Words that tell what a report is about, with a weight each. */
const CUES: [Exclude<ReportKind, 'other'>, RegExp, number][] = [
  ['return_visit', /\b(?:Gegenbesuch\p{L}*|Rückbesuch\p{L}*|return visits?|reciprocal visit|зворотн\p{L}* візит\p{L}*)/giu, 4],
  ['delegation_visit', /(?<![\p{L}-])(?:Delegation(?:sbesuch|sreise)?\p{L}{0,2}|besucht(?:e|en)?|Besuch(?:s|e)?|Arbeitsbesuch\p{L}*|zu Gast|delegations?|visit(?:ed|s|ing)?|hosted|делегаці\p{L}*|візит\p{L}*)(?![\p{L}])/giu, 2],
  ['workshop', /(?<![\p{L}])(?:\p{L}*[Ww]orkshops?|Werkstatt|Lernwerkstatt|Seminar(?:e|s)?|Schulung(?:en)?|training(?:s)?|семінар\p{L}*|воркшоп\p{L}*)(?![\p{L}])/giu, 3],
  ['conference', /(?<![\p{L}])(?:\p{L}*[Kk]onferenz(?:en)?|\p{L}*[Kk]ongress(?:es)?|Fachtagung|Tagung|Symposium|conferences?|congress|summit|forum|конференці\p{L}*)(?![\p{L}])/giu, 3],
  ['peer_learning_trip', /(?<![\p{L}])(?:Peer-Learning-Reise|Fachinformationsreise|Fachreise|Studienreise|Informationsreise|Lernreise|study (?:tour|trip)|peer[- ]learning (?:trip|journey|tour)|learning journey|навчальн\p{L}* візит\p{L}*)(?![\p{L}])/giu, 5],
  ['network_meeting', /(?<![\p{L}])(?:Netzwerktreffen|Arbeitstreffen|Quartalstreffen|Jahrestreffen|Frühjahrstreffen|Herbsttreffen|Arbeitsgruppe|Arbeitskreis|Mitgliederversammlung|working group|spring meeting|autumn meeting|annual meeting|Netzwerk\p{L}*|network meeting|quarterly meeting|network(?:'s)? members?|members of the network|зустріч\p{L}* мережі)(?![\p{L}])/giu, 3],
  ['site_visit', /(?<![\p{L}])(?:Ortsbegehung|Exkursion|Besichtigung|Stadtrundgang|site visits?|field visits?|field trip|walking tour)(?![\p{L}])/giu, 2],
  ['online_session', /(?<![\p{L}])(?:online|Videokonferenz|Webinar|Web-Seminar|virtuell\p{L}*|virtual(?:ly)?|Zoom|digital\p{L}* (?:Veranstaltung|Treffen|Sitzung|Austausch)|онлайн)(?![\p{L}])/giu, 3],
  ['project', /(?<![\p{L}])(?:Projekt(?:e|s|es)?|Pilotprojekt\p{L}*|Modellprojekt\p{L}*|Projektträger|Projektlaufzeit|Laufzeit|Pilotgebiet|project(?:s)?|pilot (?:area|project)|project duration|проєкт\p{L}*)(?![\p{L}])/giu, 2],
];

/**
 * What the report tells of: each kind's cue words are counted, three times in the title and
 * the first sentence, twice in the first paragraph; the highest score wins. A report with no
 * cue at all is `other`.
 */
export function classifyKind(text: string, sentences: Sentence[], titleEnd: number): KindProposal {
  const firstSentence = sentences.find((sentence) => sentence.start >= titleEnd) ?? sentences[0];
  const firstParagraphEnd = (() => {
    const from = firstSentence?.start ?? 0;
    const blank = text.indexOf('\n\n', from);
    return blank === -1 ? text.length : blank;
  })();
  const scores = new Map<ReportKind, { score: number; cues: Map<string, number>; first: { start: number; end: number } | null }>();
  for (const [kind, pattern, weight] of CUES) {
    const entry = { score: 0, cues: new Map<string, number>(), first: null as { start: number; end: number } | null };
    for (const match of text.matchAll(pattern)) {
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
  const [bestKind, best] = ranked[0]!;
  if (best.score < 4) return { kind: 'other', cues: [], evidence: null };
  return {
    kind: bestKind,
    cues: [...best.cues.entries()].sort((a, b) => b[1] - a[1]).map(([cue]) => cue),
    evidence: best.first ? evidenceFor(sentences, best.first) : null,
  };
}
