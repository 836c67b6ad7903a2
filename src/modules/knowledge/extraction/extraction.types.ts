import type { OrganizationKind } from '../../actors/actors.types.js';
import { EXCHANGE_KINDS } from '../../exchanges/exchanges.types.js';

export type ExtractionLanguage = 'de' | 'en' | 'uk';

/** What a report is about: the exchange kinds, a project profile, or something else. */
export const REPORT_KINDS = [...EXCHANGE_KINDS, 'project', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * A stretch of the text: `start` and `end` are UTF-16 offsets into the text given to
 * `extractReport` (as `String.prototype.slice` counts), `end` exclusive.
 */
export interface TextSpan {
  start: number;
  end: number;
}

/** Where a proposal was found: its characters and the sentence around them. */
export interface Evidence extends TextSpan {
  /**
   * The sentence the proposal came from, as it stands in the text; of a very long sentence only
   * the part within `MAX_EVIDENCE_CONTEXT` characters of the proposal (`sentenceStart`/`sentenceEnd` say which).
   */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Sentence extends TextSpan {
  text: string;
}

export interface LanguageProposal {
  language: ExtractionLanguage;
  /** `detected`: from the text; `given`: the caller said so. */
  source: 'detected' | 'given';
  /** 0–1: the share of the best language among the function words found (1 for a given language). */
  confidence: number;
}

/** 0–1: how sure a proposal is, from the evidence that decided it (how clear the cue, how far ahead of the next candidate). */
export interface Confident {
  confidence: number;
}

export interface KindProposal extends Confident {
  kind: ReportKind;
  /** The words that decided it, strongest first. */
  cues: string[];
  evidence: Evidence | null;
}

export interface TitleProposal {
  title: string;
  /** `headline`: a line of its own at the top; `first-sentence`: shortened from the first sentence. */
  source: 'headline' | 'first-sentence';
  evidence: Evidence;
}

export type DatePrecision = 'day' | 'month';

/** One date or range of dates written in the text, resolved to calendar dates. */
export interface DateMention extends TextSpan {
  text: string;
  /** YYYY-MM-DD; for a month, its first day. */
  startDate: string;
  /** YYYY-MM-DD; for a month, its last day. */
  endDate: string;
  precision: DatePrecision;
  /** The year was not written: it came from the publication date or the text around. */
  yearInferred: boolean;
}

export interface EventDatesProposal extends Confident {
  startDate: string;
  endDate: string;
  precision: DatePrecision;
  /** The date mentions it was built from (a programme of contiguous parts gives several). */
  mentions: DateMention[];
  /** Set when the end came from a duration ("fünftägig", "three-day"). */
  durationDays: number | null;
  evidence: Evidence;
}

/**
 * What a town is to the event: where it took place, who invited, where people came from (only
 * participants become delegations), a partner town, or a place named in passing.
 */
export const MUNICIPALITY_ROLES = ['venue', 'host', 'participant', 'partner', 'mentioned'] as const;
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

export interface MunicipalityProposal {
  /** As written at its first mention (a genitive or adjective reduced to the name: "Kiewer" → "Kiew"). */
  name: string;
  /** The gazetteer's English name. */
  canonical: string;
  /** ISO 3166-1 alpha-2 (Kosovo: XK). */
  country: string;
  geonamesId: number;
  population: number;
  /** Every mention, in text order. */
  mentions: Evidence[];
  evidence: Evidence;
  role: MunicipalityRole;
  /** The mention (and sentence) that decided the role. */
  roleEvidence: Evidence;
  /** 0–1: how sure the role is. */
  confidence: number;
}

export interface VenueProposal extends Confident {
  /** The town as written. */
  name: string;
  canonical: string;
  country: string;
  geonamesId: number;
  /** A building named with it: "Rathaus", "town hall". */
  building: string | null;
  evidence: Evidence;
}

export interface OrganizationProposal {
  /** As written at its first full mention, without a following abbreviation in brackets. */
  name: string;
  kind: OrganizationKind;
  /** An abbreviation given with it: "GIZ", "BMUB". */
  shortName: string | null;
  mentions: Evidence[];
  evidence: Evidence;
}

export interface ThemeProposal {
  slug: string;
  /** The words of the text in which keywords were found, as written there (whole words, not stems), in text order. */
  keywords: string[];
  /** How many times they occur. */
  hits: number;
  evidence: Evidence;
}

export interface FundingProgrammeProposal {
  name: string;
  /** `quoted`: a name in quotes after "Programm"/"programme"; `known`: from the list of known programmes. */
  source: 'quoted' | 'known' | 'named';
  evidence: Evidence;
}

export interface PartnershipProposal {
  /** The parties as written. */
  a: string;
  b: string;
  /** The year the partnership began, when the text says. */
  since: number | null;
  /** The parties' towns in the gazetteer, when found. */
  aGeonamesId: number | null;
  bGeonamesId: number | null;
  evidence: Evidence;
}

export interface ParticipantCountProposal {
  count: number;
  /** Whether the text gives it as a lower bound ("über 35", "more than 40"). */
  atLeast: boolean;
  evidence: Evidence;
}

/** Everything proposed for one report; every proposal knows where it came from. */
export interface Extraction {
  language: LanguageProposal;
  kind: KindProposal;
  title: TitleProposal | null;
  dates: EventDatesProposal | null;
  /** Every date the text mentions, in text order. */
  dateMentions: DateMention[];
  venue: VenueProposal | null;
  municipalities: MunicipalityProposal[];
  organizations: (OrganizationProposal & Confident)[];
  themes: ThemeProposal[];
  fundingProgrammes: (FundingProgrammeProposal & Confident)[];
  partnerships: PartnershipProposal[];
  participantCount: ParticipantCountProposal | null;
  sentences: Sentence[];
}

export interface ExtractOptions {
  /** `auto` (default) detects German, English or Ukrainian. */
  language?: ExtractionLanguage | 'auto';
  /** YYYY-MM-DD: the publication date; dates without a year and "heute"/"today" are read against it. */
  published?: string;
}
