import type { ServiceContext } from '../../../core/service-context.js';
import { searchKey } from '../../../core/names/name-keys.js';
import type { OrganizationRole } from '../../exchanges/exchanges.types.js';
import { gazetteerPlace, resolvePlace, trigramSimilarity } from '../../places/places.service.js';
import type { PlaceSummary } from '../../places/places.schemas.js';
import type { DocumentRow } from '../documents/documents.service.js';
import { recordPath } from '../search/search.service.js';
import type { SearchType } from '../search/search.types.js';
import type { LinkType } from '../documents/documents.types.js';
import type { ProposalRow } from './review.repository.js';
import type { AcceptInput, Candidate, Suggestion, SuggestionProblem } from './review.schemas.js';

/**
 * What each kind of proposal (a town, an organisation, a theme, a funding programme, a
 * partnership, an exchange) does in review: what accepting it would do, and accepting it.
 */
export interface ProposalKind {
  suggest(ctx: ServiceContext, row: ProposalRow): Promise<Suggestion>;
  carryOut(acceptance: Acceptance): Promise<Outcome>;
}

/** A proposal being accepted, with what the reviewer chose and what was accepted before it. */
export interface Acceptance {
  ctx: ServiceContext;
  /** The system's context, for loading a town of the bundled gazetteer. */
  system: ServiceContext;
  document: DocumentRow;
  row: ProposalRow;
  input: AcceptInput;
  suggestion: Suggestion;
  accepted: Accepted;
  action: 'link' | 'create';
  /** The record the reviewer chose or the suggestion names; refuses when there is none. */
  requireChosen(type: string): string;
}

/** Above this score a candidate is taken to be the record the proposal means. */
export const SAME_RECORD = 0.72;

export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  return Math.max(trigramSimilarity(a, b), trigramSimilarity(searchKey(a), searchKey(b)));
}

export const textOf = (value: unknown) => (typeof value === 'string' ? value : '');
export const numberOf = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * Whether a town proposal stands for people who came to the event: only participants become
 * delegations (proposals made before towns had roles count as participants, as they did then).
 */
export const sendsDelegation = (proposal: Record<string, unknown>) => proposal.role === undefined || proposal.role === 'participant';

/** The records accepted so far for the document: what a new exchange is built from. */
export interface Accepted {
  /** Towns that sent people: the exchange's delegations. */
  places: string[];
  organizations: { id: string; role: OrganizationRole | null }[];
  themes: string[];
  partnerships: string[];
  programmes: string[];
  exchange: string | null;
}

export interface Outcome {
  recordType: LinkType;
  recordId: string;
  decision: Record<string, unknown>;
}

export const NO_FACTS = { kind: null, place: null, countryCode: null, population: null, startDate: null, endDate: null, year: null };

/** A record a proposal could stand for: its path, how closely it matches (at most 1, to hundredths) and what tells it apart. */
export function candidateOf(type: SearchType, record: { id: string; title: Record<string, string> }, score: number, detail: string | null, facts: Partial<Candidate['facts']> = {}): Candidate {
  return { type, id: record.id, title: record.title, path: recordPath(type, record.id), score: Math.round(Math.min(score, 1) * 100) / 100, detail, facts: { ...NO_FACTS, ...facts } };
}

/** The candidates scoring at least `min`, best first, at most five. */
export const bestCandidates = (candidates: Candidate[], min = 0): Candidate[] => candidates.filter((candidate) => candidate.score >= min).sort((a, b) => b.score - a.score).slice(0, 5);

export const placeRef = (place: { name: string; names: Record<string, string> } | null | undefined) => (place ? { name: place.name, names: place.names } : null);

export async function placeOfTown(ctx: ServiceContext, geonamesId: number | null): Promise<PlaceSummary | null> {
  if (geonamesId === null) return null;
  const found = await resolvePlace(ctx, { geonamesId });
  return 'place' in found ? found.place : null;
}

export const nameIn = (place: PlaceSummary, language: string) => place.names[language] ?? place.name;

export async function placeOrLoad(ctx: ServiceContext, system: ServiceContext, geonamesId: number | null): Promise<PlaceSummary | null> {
  if (geonamesId === null) return null;
  return (await placeOfTown(ctx, geonamesId)) ?? gazetteerPlace(ctx, system, geonamesId);
}

/** A proposal that accepting cannot turn into a record, with the reason. */
export const noSuggestion = (problem: SuggestionProblem): Suggestion => ({ action: 'none', recordId: null, candidates: [], problem, role: null });
