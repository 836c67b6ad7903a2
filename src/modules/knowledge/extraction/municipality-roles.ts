import type { Evidence, MunicipalityProposal, MunicipalityRole, PartnershipProposal, Sentence, VenueProposal } from './extraction.types.js';
import type { TownMention } from './places.js';
import { sentenceAt } from './text.js';

const TOWN_WORDS = '(?:(?:der|die|den|dem|the)\\s+)?(?:Partnerstadt|Partnerkommune|Partnergemeinde|partner city|partner town|twin city|twin town|Stadt|Städte|Gemeinde|Gemeinden|Kommune|Kommunen|Stadtverwaltung|Landeshauptstadt|city|town|cities|towns|municipality|municipalities|hromada|місто|міста|громади)\\s+(?:of\\s+)?';
/** Words for the people who came, before "aus"/"from"/"von"/"of": "Delegation aus", "guests from", "representatives of". */
const PEOPLE_WORDS =
  '(?:Delegation\\p{L}*|Abordnung|Gäst\\p{L}*|Gast|Besucher\\p{L}*|Vertreter\\p{L}*|Kolleg\\p{L}*|Fachleute|Expert\\p{L}*|Teilnehmer\\p{L}*|Teilnehmende\\p{L}*|Bürgermeister\\p{L}*|Oberbürgermeister\\p{L}*|Team\\p{L}*|Gruppe\\p{L}*|Mitarbeitend\\p{L}*|Mitarbeiter\\p{L}*|delegations?|guests?|visitors?|representatives?|colleagues?|experts?|participants?|mayors?|teams?|group|staff|officials?|practitioners?|делегаці\\p{L}*|гост\\p{L}*|представник\\p{L}*|колег\\p{L}*|фахівц\\p{L}*|учасник\\p{L}*|мер\\p{L}*)';
const ORIGIN = new RegExp(`(?:^|[^\\p{L}])(?:aus|from|із|зі|з)\\s+(?:(?:dem|der|den|the)\\s+)?(?:${TOWN_WORDS})?$`, 'iu');
const PEOPLE_OF = new RegExp(`${PEOPLE_WORDS}\\s+(?:der|des|von|of|of the|aus der|from the|der Stadtverwaltung|of the city council of)?\\s*(?:${TOWN_WORDS})?$`, 'iu');
/** "die Lwiwer Delegation", "a Kharkiv delegation", "the Lviv team". */
const PEOPLE_AFTER = new RegExp(`^\\s+${PEOPLE_WORDS}(?![\\p{L}])`, 'u');
/** "X entsandte", "X sent", "X was represented by". */
const SENT_AFTER = /^\s+(?:(?:und|and)\s+[\p{Lu}][\p{L}-]*\s+)?(?:entsandte\p{L}*|schickte\p{L}*|sent|was represented|were represented|war vertreten|waren vertreten|reiste\p{L}*|travel(?:l)?ed|nahm\p{L}* teil|took part|participated|kamen|came|presented|stellte\p{L}* \p{L}+ vor|präsentierte\p{L}*)\b/u;
const HOST_BEFORE = /(?:auf Einladung\s+(?:der Stadt|der Stadtverwaltung|des Oberbürgermeisters von|von)|invited by|hosted by|at the invitation of|Gastgeberstadt|host city|на запрошення)\s+(?:the city of\s+|der Stadt\s+|міста\s+)?$/iu;
const HOST_AFTER = /^\s*(?:lud\p{L}* \p{L}+ ein|lädt\p{L}* \p{L}+ ein|lud ein|invited|hosted|war Gastgeber\p{L}*|was host|als Gastgeber\p{L}*|hieß\p{L}*|empfing\p{L}*|welcomed|запросил\p{L}*|приймал\p{L}*)/iu;
const PARTNER_BEFORE = /(?:Partnerstadt|Partnerstädte|Partnerkommune|Partnergemeinde|Partnerregion|Schwesterstadt|twin (?:city|town)|partner (?:city|town|municipality)|sister city|побратим\p{L}*|партнер\p{L}*)\s+(?:von\s+\S+\s+|of\s+\S+\s+)?$/iu;
const LIST_GLUE = /^\s*(?:,|und|and|sowie|та|і|й|&|\/)\s*(?:(?:und|and|та|і)\s+)?$/u;

/** The role's rank when one town is named in several ways: the strongest role wins. */
const RANK: Record<MunicipalityRole, number> = { venue: 5, participant: 4, host: 3, partner: 2, mentioned: 1 };
/** How sure the role is, by what decided it. */
const CONFIDENCE: Record<string, number> = { venue: 0.9, origin: 0.9, people: 0.85, sent: 0.8, list: 0.75, host: 0.8, partner: 0.8, mentioned: 0.6 };

interface RoleFinding {
  role: MunicipalityRole;
  cue: keyof typeof CONFIDENCE;
  mention: TownMention;
}

/**
 * What each town is to the event the report is about: where it took place (`venue`), who
 * invited (`host`), where the people came from (`participant`: only these become delegations),
 * a partner town named as such (`partner`), or a place named in passing (`mentioned`). Each
 * role comes with the sentence that decided it and a confidence.
 */
export function assignMunicipalityRoles(
  text: string,
  sentences: Sentence[],
  towns: TownMention[],
  municipalities: MunicipalityProposal[],
  venue: VenueProposal | null,
  partnerships: PartnershipProposal[],
  evidenceOf: (mention: TownMention) => Evidence,
): void {
  const found = new Map<number, RoleFinding>();
  const note = (finding: RoleFinding) => {
    const id = finding.mention.town.geonamesId;
    const current = found.get(id);
    if (!current || RANK[finding.role] > RANK[current.role]) found.set(id, finding);
  };
  const partnerIds = new Set(partnerships.flatMap((partnership) => [partnership.aGeonamesId, partnership.bGeonamesId]));
  const participants = new Set<TownMention>();
  for (const mention of towns) {
    const sentence = sentenceAt(sentences, mention.start);
    const from = Math.max(sentence?.start ?? 0, mention.start - 160);
    const before = text.slice(from, mention.start);
    const after = text.slice(mention.end, Math.min(sentence?.end ?? text.length, mention.end + 80));
    const id = mention.town.geonamesId;
    if (venue && venue.geonamesId === id) note({ role: 'venue', cue: 'venue', mention });
    else if (ORIGIN.test(before)) note({ role: 'participant', cue: 'origin', mention });
    else if (PEOPLE_OF.test(before) || PEOPLE_AFTER.test(after)) note({ role: 'participant', cue: 'people', mention });
    else if (SENT_AFTER.test(after)) note({ role: 'participant', cue: 'sent', mention });
    else if (HOST_BEFORE.test(before) || HOST_AFTER.test(after)) note({ role: 'host', cue: 'host', mention });
    else if (PARTNER_BEFORE.test(before) || partnerIds.has(id)) note({ role: 'partner', cue: 'partner', mention });
    else note({ role: 'mentioned', cue: 'mentioned', mention });
    if (found.get(id)?.mention === mention && found.get(id)?.role === 'participant') participants.add(mention);
  }
  // "Gäste aus Plauen, Riesa und Bautzen": the towns listed beside a participant came too.
  for (let pass = 0; pass < 2; pass++) {
    towns.forEach((mention, position) => {
      const current = found.get(mention.town.geonamesId);
      if (!current || RANK[current.role] >= RANK.participant) return;
      const neighbours = [towns[position - 1], towns[position + 1]];
      const listed = neighbours.some((other) => {
        if (!other || !participants.has(other)) return false;
        const gap = other.end <= mention.start ? text.slice(other.end, mention.start) : text.slice(mention.end, other.start);
        return gap.length < 12 && LIST_GLUE.test(gap);
      });
      if (listed) {
        note({ role: 'participant', cue: 'list', mention });
        participants.add(mention);
      }
    });
  }
  for (const municipality of municipalities) {
    const finding = found.get(municipality.geonamesId);
    if (!finding) continue;
    municipality.role = finding.role;
    municipality.roleEvidence = finding.role === 'venue' && venue ? venue.evidence : evidenceOf(finding.mention);
    municipality.confidence = CONFIDENCE[finding.cue]!;
  }
}
