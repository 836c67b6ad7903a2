import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../../core/http/common-schemas.js';
import { ORGANIZATION_KINDS } from '../../actors/actors.types.js';
import { EXCHANGE_KINDS, ORGANIZATION_ROLES } from '../../exchanges/exchanges.types.js';
import { PARTNERSHIP_KINDS } from '../../partnerships/partnerships.types.js';
import { DOCUMENT_LANGUAGES, EXTRACTION_STATES } from '../documents/documents.types.js';
import { PROPOSAL_FIELDS, PROPOSAL_STATES } from './review.tables.js';

export const proposalParamsSchema = z.strictObject({ id: z.uuid(), proposalId: z.uuid() });

const evidenceSchema = z.object({
  field: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
});

const recordLinkSchema = z.object({ type: z.string(), id: z.uuid(), title: localizedTextSchema, path: z.string() });

/** A record the proposal could stand for, with how closely it matches (1: the same). */
export const candidateSchema = recordLinkSchema.extend({
  score: z.number(),
  detail: z.string().nullable().describe('What tells it apart: a country, dates, a seat … (in English; `facts` says the same for any language)'),
  facts: z
    .object({
      kind: z.string().nullable().describe('The kind of record (organization kind, partnership kind …), as a code'),
      place: z.object({ name: z.string(), names: localizedTextSchema }).nullable().describe('A seat or venue, by its local name and its names'),
      countryCode: z.string().nullable(),
      population: z.number().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      year: z.number().nullable(),
    })
    .describe('What tells the candidate apart, for showing in the reader’s language'),
});
export type Candidate = z.infer<typeof candidateSchema>;

/** What accepting would do unless the reviewer chooses otherwise. */
/**
 * `no_dates`: the exchange needs dates the report does not give; `unknown_theme`: the taxonomy has no
 * such theme; `parties_not_towns`: a partnership whose sides are not both towns of the gazetteer.
 */
export const SUGGESTION_PROBLEMS = ['no_dates', 'unknown_theme', 'parties_not_towns'] as const;
export type SuggestionProblem = (typeof SUGGESTION_PROBLEMS)[number];

export const suggestionSchema = z.object({
  action: z.enum(['link', 'create', 'none']),
  /** The record to link, for `link`. */
  recordId: z.uuid().nullable(),
  candidates: z.array(candidateSchema),
  /** Why the proposal cannot be carried out as it stands, as a code the UI translates. */
  problem: z.enum(SUGGESTION_PROBLEMS).nullable(),
  /** For organisations: the role in the exchange of the report that fits their kind. */
  role: z.enum(ORGANIZATION_ROLES).nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const proposalSchema = z.object({
  id: z.uuid(),
  field: z.enum(PROPOSAL_FIELDS).meta({ id: 'ProposalField' }),
  position: z.number().int(),
  state: z.enum(PROPOSAL_STATES),
  proposal: z.record(z.string(), z.unknown()),
  evidence: z.array(evidenceSchema),
  decision: z.record(z.string(), z.unknown()).nullable(),
  /** The record created or linked on acceptance. */
  record: recordLinkSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
  /** For proposals awaiting review. */
  suggestion: suggestionSchema.nullable(),
});
export type ProposalView = z.infer<typeof proposalSchema>;

export const reviewSchema = z.object({
  document: z.object({
    id: z.uuid(),
    workspaceId: z.uuid(),
    title: z.string(),
    language: z.enum(DOCUMENT_LANGUAGES),
    text: z.string(),
    publishedOn: isoDateSchema.nullable(),
    extractedAt: z.iso.datetime().nullable(),
    reviewOutdated: z.boolean(),
    extractionState: z.enum(EXTRACTION_STATES),
  }),
  canReview: z.boolean(),
  proposals: z.array(proposalSchema),
});
export type ReviewView = z.infer<typeof reviewSchema>;

/**
 * Accepting a proposal: link the suggested (or another chosen) record, or create a new one with
 * the values as proposed or edited. The fields that apply depend on what is proposed.
 */
export const acceptSchema = z.strictObject({
  action: z.enum(['link', 'create']).optional().describe('Default: what the suggestion says'),
  recordId: z.uuid().optional().describe('For link: the record to link (default: the suggested one)'),
  name: z.string().trim().min(1, 'must not be empty').max(300).optional().describe('Organisation or funding programme to create'),
  shortName: z.string().trim().max(60).nullable().optional(),
  organizationKind: z.enum(ORGANIZATION_KINDS).optional(),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE, UA or XK').nullable().optional(),
  role: z.enum(ORGANIZATION_ROLES).nullable().optional().describe('An organisation’s role in the exchange of the report'),
  exchangeKind: z.enum(EXCHANGE_KINDS).optional(),
  partnershipKind: z.enum(PARTNERSHIP_KINDS).optional(),
  title: z.string().trim().min(1, 'must not be empty').max(300).optional(),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.optional(),
  venuePlaceId: z.uuid().nullable().optional().describe('For an exchange: the venue (default: the town proposed)'),
  participantCount: z.number().int().min(1).max(100_000).nullable().optional(),
  since: z.number().int().min(1000).max(9999).nullable().optional().describe('For a partnership: the year it began'),
});
export type AcceptInput = z.infer<typeof acceptSchema>;

export const acceptAllResultSchema = z.object({
  accepted: z.number().int(),
  /** Proposals left for the reviewer, with the reason. */
  left: z.array(z.object({ id: z.uuid(), field: z.enum(PROPOSAL_FIELDS), code: z.string(), reason: z.string() })),
  review: reviewSchema,
});
