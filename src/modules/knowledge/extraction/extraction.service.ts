import { findDateline } from './dateline.js';
import { findDateMentions, parseIsoDate } from './dates.js';
import { chooseEventDates } from './event-dates.js';
import { classifyKind } from './exchange-kind.js';
import type { Evidence, Extraction, ExtractOptions, MunicipalityProposal } from './extraction.types.js';
import { findFundingProgrammes } from './funding-programmes.js';
import { gazetteerIndex, type GazetteerIndex } from './gazetteer-index.js';
import { detectLanguage } from './language.js';
import { assignMunicipalityRoles, participantCue } from './municipality-roles.js';
import { nominativeOfName } from './german-name-case.js';
import { withForeignOrganizations, ukrainianNominative } from './foreign-organizations.js';
import { findOrganizations, isKnownOrganizationSpelling } from './organizations.js';
import { findParticipantCount } from './participants.js';
import { findPartnerships } from './partnerships.js';
import { withOrganizationConfidence, withProgrammeConfidence } from './proposal-confidence.js';
import { findPlaces, type TownMention } from './places.js';
import { splitSentences } from './sentences.js';
import { evidenceFor, normalizeText, tokenize } from './text.js';
import { findThemes } from './themes.js';
import { findTitle } from './title.js';
import { findVenue } from './venue.js';

export { toContract, extractionContractSchema, type ExtractionContract } from './extraction.contract.js';
export { gazetteerIndex } from './gazetteer-index.js';
export type * from './extraction.types.js';

export class ExtractionInputError extends Error {}

const VENUE_LESS_KINDS = new Set(['project', 'online_session']);

/**
 * Turns the text of a report (news on a visit, a workshop write-up, a project profile, a network
 * meeting report) into proposals: language, kind, title, event dates, venue, municipalities,
 * organisations, themes, funding programmes, partnerships and the number of participants. Every
 * proposal carries its offsets in `text` and the sentence it came from. Needs no database: towns
 * come from an in-memory gazetteer built on first use.
 */
export function extractReport(text: string, options: ExtractOptions & { gazetteer?: GazetteerIndex } = {}): Extraction {
  if (options.published !== undefined && parseIsoDate(options.published) === null) {
    throw new ExtractionInputError(`published: must be a date as YYYY-MM-DD, not "${options.published}"`);
  }
  const normalized = normalizeText(text);
  const sentences = splitSentences(normalized);
  const language =
    options.language && options.language !== 'auto'
      ? { language: options.language, source: 'given' as const, confidence: 1 }
      : detectLanguage(normalized);
  const tokens = tokenize(normalized);
  const index = options.gazetteer ?? gazetteerIndex();

  const title = findTitle(normalized, sentences);
  const titleEnd = title?.source === 'headline' ? title.evidence.end : 0;
  const published = options.published ?? publicationLine(normalized) ?? findDateline(normalized)?.date;
  const dateMentions = findDateMentions(normalized, { published });
  const dates = chooseEventDates(normalized, dateMentions, sentences, published);
  const places = findPlaces(normalized, tokens, index, language.language);
  const kind = classifyKind(normalized, sentences, titleEnd);
  // A project profile and an online session take place nowhere in particular.
  const townEnds = new Set(places.towns.map((mention) => mention.end));
  const cues = new Map(places.towns.map((mention) => [mention, participantCue(normalized, sentences, mention, townEnds)]));
  const guestMentions = new Set(places.towns.filter((mention) => cues.get(mention)?.guest));
  const venue = VENUE_LESS_KINDS.has(kind.kind) ? null : findVenue(normalized, sentences, places.towns, dates, title?.source === 'headline' ? title.evidence : null, guestMentions);

  const organizations = withForeignOrganizations(findOrganizations(normalized, tokens, sentences, new Set(places.towns.map((town) => town.start))), normalized, sentences).map(withOrganizationConfidence);
  const extraction: Extraction = {
    language,
    kind,
    title: title ? { ...title, title: text.slice(title.evidence.start, title.evidence.end).trim() || title.title } : null,
    dates,
    dateMentions,
    venue,
    municipalities: municipalitiesOf(places.towns, sentences),
    organizations,
    themes: findThemes(normalized, sentences),
    fundingProgrammes: findFundingProgrammes(normalized, sentences, organizations.flatMap((organization) => organization.mentions)).map(withProgrammeConfidence),
    partnerships: findPartnerships(normalized, sentences, places.towns),
    participantCount: findParticipantCount(normalized, sentences),
    sentences,
  };
  assignMunicipalityRoles(normalized, sentences, places.towns, extraction.municipalities, venue, extraction.partnerships, (mention) => evidenceFor(sentences, mention), kind.kind, cues);
  if (extraction.title?.source === 'first-sentence') extraction.title.title = title!.title;
  return restoreOriginalText(extraction, text);
}

/** A date alone on one of the first lines of a web page is its publication date (as is a news item's dateline). */
function publicationLine(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, 4)) {
    const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(line) ?? /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(line);
    if (!match) continue;
    const [a, b, c] = [match[1]!, match[2]!, match[3]!];
    const iso = a.length === 4 ? `${a}-${b}-${c}` : `${c}-${b.padStart(2, '0')}-${a.padStart(2, '0')}`;
    if (parseIsoDate(iso) !== null) return iso;
  }
  return undefined;
}

function municipalitiesOf(towns: TownMention[], sentences: ReturnType<typeof splitSentences>): MunicipalityProposal[] {
  const byId = new Map<number, MunicipalityProposal>();
  const plainNamed = new Set<number>();
  for (const mention of towns) {
    const evidence = evidenceFor(sentences, mention);
    const existing = byId.get(mention.town.geonamesId);
    if (existing) {
      existing.mentions.push(evidence);
      // The name as written in full is better than one reduced from "Kiewer" or "Leipzigs".
      if (mention.form === 'name' && !plainNamed.has(mention.town.geonamesId)) {
        existing.name = mention.name;
        plainNamed.add(mention.town.geonamesId);
      }
      continue;
    }
    if (mention.form === 'name') plainNamed.add(mention.town.geonamesId);
    byId.set(mention.town.geonamesId, {
      name: mention.name,
      canonical: mention.town.canonical,
      country: mention.town.country,
      geonamesId: mention.town.geonamesId,
      population: mention.town.population,
      mentions: [evidence],
      evidence,
      role: 'mentioned',
      roleEvidence: evidence,
      confidence: 0.6,
    });
  }
  return [...byId.values()];
}

/** Sentences and names as they stand in the original text (the work was done on a normalised copy of equal length). */
function restoreOriginalText(extraction: Extraction, text: string): Extraction {
  const fix = <T extends { sentence: string; sentenceStart: number; sentenceEnd: number }>(evidence: T): T => {
    evidence.sentence = text.slice(evidence.sentenceStart, evidence.sentenceEnd);
    return evidence;
  };
  for (const sentence of extraction.sentences) sentence.text = text.slice(sentence.start, sentence.end);
  for (const evidence of evidencesOf(extraction)) fix(evidence);
  for (const mention of extraction.dateMentions) mention.text = text.slice(mention.start, mention.end);
  for (const organization of extraction.organizations) {
    // The mention the name was taken from: a later full name can name it better than the first mention.
    const exact = organization.mentions.find((mention) => normalizeText(text.slice(mention.start, mention.end)).replace(/\s+/g, ' ').trim() === organization.name);
    const named = exact ?? organization.evidence;
    const written = text.slice(named.start, named.end).replace(/\s+/g, ' ').trim() || organization.name;
    // A name put together from a list ("the city councils of Lutsk and …" → "Lutsk City Council") is not written as such.
    if (!exact && organization.name.startsWith(`${written} `)) continue;
    if (/\p{Script=Cyrillic}/u.test(written)) organization.name = isKnownOrganizationSpelling(organization.name) ? organization.name : ukrainianNominative(written);
    else organization.name = extraction.language.language === 'de' ? nominativeOfName(written, wordBefore(text, named.start)) : written;
  }
  for (const programme of extraction.fundingProgrammes) {
    // A name given in its nominative or as the list of known programmes spells it stays as it is.
    const written = text.slice(programme.evidence.start, programme.evidence.end).trim();
    if (normalizeText(written) === programme.name) programme.name = written;
  }
  return extraction;
}

/** The word just before an offset, in lower case ("des" before "Deutschen Landkreistages"), or null. */
function wordBefore(text: string, offset: number): string | null {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, offset - 16), offset))?.[1]?.toLowerCase() ?? null;
}

/** Every piece of evidence an extraction holds, for whatever proposal. */
export function evidencesOf(extraction: Extraction): Evidence[] {
  return [
    extraction.kind.evidence,
    extraction.title?.evidence,
    extraction.dates?.evidence,
    extraction.venue?.evidence,
    ...extraction.municipalities.flatMap((municipality) => [...municipality.mentions, municipality.roleEvidence]),
    ...extraction.organizations.flatMap((organization) => organization.mentions),
    ...extraction.themes.map((theme) => theme.evidence),
    ...extraction.fundingProgrammes.map((programme) => programme.evidence),
    ...extraction.partnerships.map((partnership) => partnership.evidence),
    extraction.participantCount?.evidence,
  ].filter((evidence): evidence is Evidence => evidence !== null && evidence !== undefined);
}
