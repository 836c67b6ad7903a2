import type { Evidence, MunicipalityProposal, MunicipalityRole, PartnershipProposal, ReportKind, Sentence, VenueProposal } from './extraction.types.js';
import type { TownMention } from './places.js';
import { sentenceAt } from './text.js';

const TOWN_WORDS = '(?:(?:der|die|den|dem|the)\\s+)?(?:Partnerstadt|Partnerkommune|Partnergemeinde|partner city|partner town|twin city|twin town|Stadt|Städte|Gemeinde|Gemeinden|Kommune|Kommunen|Stadtverwaltung|Landeshauptstadt|city|town|cities|towns|municipality|municipalities|hromada|місто|міста|громади)\\s+(?:of\\s+)?';
/** Words for the people who came, before "aus"/"from"/"von"/"of": "Delegation aus", "guests from", "representatives of". */
const PEOPLE_WORDS =
  '(?:Delegation\\p{L}*|Abordnung|Gäst\\p{L}*|Gast|Besucher\\p{L}*|Vertreter\\p{L}*|Kolleg\\p{L}*|Fachleute|Expert\\p{L}*|Teilnehmer\\p{L}*|Teilnehmende\\p{L}*|Bürgermeister\\p{L}*|Oberbürgermeister\\p{L}*|Team\\p{L}*|Gruppe\\p{L}*|Mitarbeitend\\p{L}*|Mitarbeiter\\p{L}*|Mitglied\\p{L}*|Beschäftigt\\p{L}*|Ingenieur\\p{L}*|Architekt\\p{L}*|Planer\\p{L}*|Referent\\p{L}*|Stadträt\\p{L}*|Stadtrat|Fachkräft\\p{L}*|Schüler\\p{L}*|Jugendlich\\p{L}*|delegations?|guests?|visitors?|representatives?|colleagues?|experts?|participants?|mayors?|teams?|group|staff|officials?|practitioners?|members?|engineers?|architects?|planners?|speakers?|councillors?|councilors?|partners|specialists?|students|делегаці\\p{L}*|гост\\p{L}*|представник\\p{L}*|колег\\p{L}*|фахівц\\p{L}*|учасник\\p{L}*|мер(?:а|у|ом|и|ів|ам)?(?![\\p{L}])|працівник\\p{L}*|архітектор\\p{L}*|інженер\\p{L}*|спеціаліст\\p{L}*|депутат\\p{L}*|партнер\\p{L}*)';
/** Words for travelling guests ("Delegation aus", "a group from", "делегація … ради"), not for the colleagues who received them. */
const GUEST_BEFORE = /(?:Delegation|Abordnung|Gäst|Gast(?!geber)|Besuch|Gruppe|Reisegruppe|delegation|guests?|visitors?|visit|group|делегаці|гост|візит)\p{L}*(?![\p{L}])[^.!?]{0,60}$/iu;
const ORIGIN = new RegExp(`(?:^|[^\\p{L}])(?:aus|from|із|зі|з)\\s+(?:(?:dem|der|den|the)\\s+)?(?:${TOWN_WORDS})?$`, 'iu');
const PEOPLE_OF = new RegExp(`${PEOPLE_WORDS}\\s+(?:der|des|von|of|of the|aus der|from the|der Stadtverwaltung|of the city council of)?\\s*(?:${TOWN_WORDS})?$`, 'iu');
/** "die Lwiwer Delegation", "a Kharkiv delegation", "the Lviv team". */
const PEOPLE_AFTER = new RegExp(`^\\s+${PEOPLE_WORDS}(?![\\p{L}])`, 'u');
/** People named before a town with words between: "engineers of Kyivteploenergo and the Department … of the Kyiv City State Administration", "Partners from Tampere, Porto and Leipzig". */
const PEOPLE_THEN = new RegExp(`(?<![\\p{L}])(${PEOPLE_WORDS})(?![\\p{L}])(?:\\s+(?:from|aus|of|des|der|von|з|із|зі)(?![\\p{L}]))?`, 'giu');
/** "X entsandte", "X sent", "X was represented by". */
const SENT_AFTER = /^\s+(?:(?:und|and)\s+[\p{Lu}][\p{L}-]*\s+)?(?:entsandte\p{L}*|schickte\p{L}*|sent|berichtete\p{L}*|reported|berat\p{L}*|beriet\p{L}*|discuss\p{L}*|shared|обговорил\p{L}*|was represented|were represented|war vertreten|waren vertreten|reiste\p{L}*|travel(?:l)?ed|nahm\p{L}* teil|took part|participated|kamen|came|presented|stellte\p{L}* \p{L}+ vor|präsentierte\p{L}*)\b/u;
const HOST_BEFORE = /(?:auf Einladung\s+(?:der Stadt|der Stadtverwaltung|des Oberbürgermeisters von|von)|invited by|hosted by|at the invitation of|Gastgeberstadt|host city|на запрошення)\s+(?:the city of\s+|der Stadt\s+|міста\s+)?$/iu;
const HOST_AFTER = /^\s*(?:lud\p{L}* \p{L}+ ein|lädt\p{L}* \p{L}+ ein|lud ein|invited|hosted|war Gastgeber\p{L}*|was host|als Gastgeber\p{L}*|hieß\p{L}*|empfing\p{L}*|welcomed|запросил\p{L}*|приймал\p{L}*)/iu;
/** A second town the guests went on to: "went on to Munich", "fuhr weiter nach Wiesbaden". */
const ONWARD_BEFORE = /(?:went on to|moved on to|travel\p{L}* on to|continued to|weiter nach|fuhr\p{L}* \p{L}*\s*weiter nach|second stop\p{L}* (?:was|in)|zweite Station (?:war|in)|потім\s+(?:до|у|в))\s+(?:the city of\s+|die Stadt\s+)?$/iu;
const PROGRAMME_AFTER = /^\s+(?:steht|stehen|stand|standen) (?:auch |außerdem |ebenfalls )?auf dem Programm/iu;
const PARTNER_BEFORE = /(?:Partnerstadt|Partnerstädte|Partnerkommune|Partnergemeinde|Partnerregion|Schwesterstadt|twin (?:city|town)|partner (?:city|town|municipality)|sister city|побратим\p{L}*|партнер\p{L}*)\s+(?:von\s+\S+\s+|of\s+\S+\s+)?$/iu;
const LIST_GLUE = /^\s*(?:,|und|and|sowie|та|і|й|&|\/)\s*(?:(?:und|and|та|і)\s+)?$/u;

/** The role's rank when one town is named in several ways: the strongest role wins. */
const RANK: Record<MunicipalityRole, number> = { venue: 5, participant: 4, host: 3, partner: 2, mentioned: 1 };
/** How sure the role is, by what decided it. */
const CONFIDENCE: Record<string, number> = { venue: 0.9, origin: 0.9, people: 0.85, sent: 0.8, list: 0.75, host: 0.8, onward: 0.75, partner: 0.8, mentioned: 0.6 };

/** Lower-case words that may stand between the people and their town: articles, "of", "and", "the city of", "in". */
const GAP_WORDS = new Set([
  'the', 'a', 'of', 'and', 'from', 'in', 'at', 'city', 'town', 'towns', 'cities', 'municipality', 'municipalities', 'council', 'e.', 'v.',
  'der', 'die', 'des', 'dem', 'den', 'und', 'aus', 'von', 'sowie', 'stadt', 'gemeinde', 'та', 'і', 'й', 'з', 'із', 'зі', 'міста', 'міської', 'ради', 'громади',
]);

/** A town given as an example ("examples from Leeuwarden", "Beispiele aus Wien") took no part. */
const EXAMPLE_BEFORE = /(?:examples?|Beispiel\p{L}*|приклад\p{L}*|lessons?|experiences?|Erfahrung\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:from|aus|of|з|із|зі)\s+(?:the city of\s+|der Stadt\s+)?$/iu;

type ParticipantCue = 'origin' | 'people' | 'sent';

export interface ParticipantFinding {
  cue: ParticipantCue;
  /** Said of travelling guests (a delegation, a group, visitors): their home is not the venue. */
  guest: boolean;
}

/**
 * Whether a mention says people came from the town: "aus Kassel", "die Lwiwer Delegation",
 * "engineers of … the Kyiv City State Administration", "фахівці департаменту … Вінницької міської
 * ради", "Kassel und Mykolajiw beraten".
 */
export function participantCue(text: string, sentences: Sentence[], mention: TownMention, townEnds: ReadonlySet<number> = new Set()): ParticipantFinding | null {
  const sentence = sentenceAt(sentences, mention.start);
  const from = Math.max(sentence?.start ?? 0, mention.start - 160);
  const before = text.slice(from, mention.start);
  const after = text.slice(mention.end, Math.min(sentence?.end ?? text.length, mention.end + 80));
  if (EXAMPLE_BEFORE.test(before)) return null;
  const guest = GUEST_BEFORE.test(before) || /^\s+(?:Delegation|delegation|Gäste|guests|visitors|делегаці)/u.test(after);
  if (ORIGIN.test(before) || PEOPLE_OF.test(before) || PEOPLE_AFTER.test(after) || peopleBefore(before, from, townEnds)) return { cue: ORIGIN.test(before) ? 'origin' : 'people', guest };
  if (SENT_AFTER.test(after)) return { cue: 'sent', guest: false };
  return null;
}

/** The people word of the last "people … from/of" before the town when only names, articles and "and" stand between. */
function peopleBefore(before: string, offset: number, townEnds: ReadonlySet<number>): boolean {
  let last: RegExpExecArray | null = null;
  PEOPLE_THEN.lastIndex = 0;
  for (let match = PEOPLE_THEN.exec(before); match; match = PEOPLE_THEN.exec(before)) last = match;
  if (!last) return false;
  const gap = before.slice(last.index + last[0].length);
  if (/[.;:!?–—]/u.test(gap) || !/\s$/u.test(gap)) return false;
  // "eine Delegation aus Jelenia Góra in Bautzen": the people came from the first town, not from the one they went to.
  const inAfterTown = /(\S)\s+(?:in|at|im|у|в|до|nach|to)\s+$/u.exec(gap);
  if (inAfterTown && townEnds.has(offset + last.index + last[0].length + inAfterTown.index + 1)) return false;
  const withPreposition = last[0].length > last[1]!.length;
  for (const word of gap.split(/[\s,()&/]+/u).filter(Boolean)) {
    if (/^\p{Lu}/u.test(word) || /^[\d'’-]/u.test(word) || GAP_WORDS.has(word.toLowerCase())) continue;
    // Ukrainian genitive chains ("департаменту освіти", "польського міста"), but no verb ("перебувала") or place preposition.
    if (/^\p{Script=Cyrillic}+$/u.test(word) && !/(?:ли|ла|ло|ть|ся|сь|вав|вся)$/u.test(word) && !['в', 'у', 'до', 'на', 'по'].includes(word)) continue;
    return false;
  }
  // Without "from"/"of" only a name right after the people counts ("Speakers the city of …" does not read).
  return withPreposition || /^\s*$|^\s*\p{Script=Cyrillic}/u.test(gap);
}

interface RoleFinding {
  role: MunicipalityRole;
  cue: keyof typeof CONFIDENCE;
  mention: TownMention;
}

/**
 * What each town is to the event the report is about: where it took place (`venue`), who
 * invited or received the guests on a second stop (`host`), where the people came from
 * (`participant`: only these become delegations), a partner town named as such (`partner`), or a
 * place named in passing (`mentioned`). A project profile has no delegations: the towns it
 * names as taking part are its partners. Each role comes with the sentence that decided it and a
 * confidence.
 */
export function assignMunicipalityRoles(
  text: string,
  sentences: Sentence[],
  towns: TownMention[],
  municipalities: MunicipalityProposal[],
  venue: VenueProposal | null,
  partnerships: PartnershipProposal[],
  evidenceOf: (mention: TownMention) => Evidence,
  kind: ReportKind = 'other',
  /** The participant cue of each mention, when already read (for the venue). */
  cues?: ReadonlyMap<TownMention, ParticipantFinding | null>,
): void {
  const found = new Map<number, RoleFinding>();
  const note = (finding: RoleFinding) => {
    const id = finding.mention.town.geonamesId;
    const current = found.get(id);
    if (!current || RANK[finding.role] > RANK[current.role]) found.set(id, finding);
  };
  const partnerIds = new Set(partnerships.flatMap((partnership) => [partnership.aGeonamesId, partnership.bGeonamesId]));
  // Mentions that say people came from there, also when the town turns out to be the venue: a list goes on from them.
  const participants = new Set<TownMention>();
  const venueMentions = new Set<TownMention>();
  const townEnds = new Set(towns.map((mention) => mention.end));
  for (const mention of towns) {
    const sentence = sentenceAt(sentences, mention.start);
    const from = Math.max(sentence?.start ?? 0, mention.start - 160);
    const before = text.slice(from, mention.start);
    const after = text.slice(mention.end, Math.min(sentence?.end ?? text.length, mention.end + 80));
    const id = mention.town.geonamesId;
    const participant = cues?.has(mention) ? cues.get(mention)! : participantCue(text, sentences, mention, townEnds);
    if (participant) participants.add(mention);
    if (venue && venue.geonamesId === id) {
      note({ role: 'venue', cue: 'venue', mention });
      venueMentions.add(mention);
    } else if (participant) note({ role: 'participant', cue: participant.cue, mention });
    else if (HOST_BEFORE.test(before) || HOST_AFTER.test(after)) note({ role: 'host', cue: 'host', mention });
    else if (ONWARD_BEFORE.test(before) || PROGRAMME_AFTER.test(after)) note({ role: 'host', cue: 'onward', mention });
    else if (PARTNER_BEFORE.test(before) || partnerIds.has(id)) note({ role: 'partner', cue: 'partner', mention });
    else note({ role: 'mentioned', cue: 'mentioned', mention });
  }
  const listedBeside = (mention: TownMention, position: number, among: Set<TownMention>) =>
    [towns[position - 1], towns[position + 1]].some((other) => {
      if (!other || !among.has(other) || other.town.geonamesId === mention.town.geonamesId) return false;
      const gap = other.end <= mention.start ? text.slice(other.end, mention.start) : text.slice(mention.end, other.start);
      return gap.length < 12 && LIST_GLUE.test(gap);
    });
  // "Gäste aus Plauen, Riesa und Bautzen": the towns listed beside a participant came too.
  for (let pass = 0; pass < 2; pass++) {
    towns.forEach((mention, position) => {
      const current = found.get(mention.town.geonamesId);
      if (!current || RANK[current.role] >= RANK.participant) return;
      if (listedBeside(mention, position, participants)) {
        note({ role: 'participant', cue: 'list', mention });
        participants.add(mention);
      }
    });
  }
  // "у Гданську та Гдині": a town listed beside the venue where the guests went is a second host.
  towns.forEach((mention, position) => {
    const current = found.get(mention.town.geonamesId);
    if (current && RANK[current.role] < RANK.host && listedBeside(mention, position, venueMentions)) note({ role: 'host', cue: 'list', mention });
  });
  for (const municipality of municipalities) {
    const finding = found.get(municipality.geonamesId);
    if (!finding) continue;
    // A project's towns take part as its partners, not as delegations.
    const role = kind === 'project' && finding.role === 'participant' ? 'partner' : finding.role;
    municipality.role = role;
    municipality.roleEvidence = finding.role === 'venue' && venue ? venue.evidence : evidenceOf(finding.mention);
    municipality.confidence = CONFIDENCE[finding.cue]!;
  }
}
