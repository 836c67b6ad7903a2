import { EXCHANGE_KINDS, type ExchangeKind } from '../../exchanges/exchanges.types.js';
import type { Evidence, Extraction } from '../extraction/extraction.service.js';
import type { ProposalEvidence, ProposalField } from './review.tables.js';

export interface ProposalDraft {
  field: ProposalField;
  position: number;
  proposal: Record<string, unknown>;
  evidence: ProposalEvidence[];
}

/** Mentions shown for one proposal at most. */
const MAX_EVIDENCE = 5;

const evidenceOf = (field: string, evidence: Evidence): ProposalEvidence => ({
  field,
  start: evidence.start,
  end: evidence.end,
  sentenceStart: evidence.sentenceStart,
  sentenceEnd: evidence.sentenceEnd,
});

const isExchangeKind = (kind: string): kind is ExchangeKind => (EXCHANGE_KINDS as readonly string[]).includes(kind);

/**
 * The proposals of an extraction, one per record it suggests: the exchange the report is about
 * (kind, title, dates, venue and head count, each with where it was found), the municipalities,
 * organisations, partnerships, funding programmes and themes.
 */
export function proposalsOf(extraction: Extraction): ProposalDraft[] {
  const drafts: Omit<ProposalDraft, 'position'>[] = [];
  if (isExchangeKind(extraction.kind.kind)) {
    const evidence: ProposalEvidence[] = [];
    if (extraction.kind.evidence) evidence.push(evidenceOf('kind', extraction.kind.evidence));
    if (extraction.title) evidence.push(evidenceOf('title', extraction.title.evidence));
    if (extraction.dates) evidence.push(evidenceOf('dates', extraction.dates.evidence));
    if (extraction.venue) evidence.push(evidenceOf('venue', extraction.venue.evidence));
    if (extraction.participantCount) evidence.push(evidenceOf('participantCount', extraction.participantCount.evidence));
    drafts.push({
      field: 'exchange',
      proposal: {
        kind: extraction.kind.kind,
        title: extraction.title?.title ?? null,
        startDate: extraction.dates?.startDate ?? null,
        endDate: extraction.dates?.endDate ?? null,
        venue: extraction.venue
          ? {
              name: extraction.venue.name,
              canonical: extraction.venue.canonical,
              country: extraction.venue.country,
              geonamesId: extraction.venue.geonamesId,
              building: extraction.venue.building,
            }
          : null,
        participantCount: extraction.participantCount?.count ?? null,
        participantsAtLeast: extraction.participantCount?.atLeast ?? false,
        // The least sure of kind, dates and venue: "accept all" leaves an exchange any of them is unsure of.
        confidence: Math.min(extraction.kind.confidence, extraction.dates?.confidence ?? 1, extraction.venue?.confidence ?? 1),
      },
      evidence,
    });
  }
  for (const municipality of extraction.municipalities) {
    drafts.push({
      field: 'municipality',
      proposal: {
        name: municipality.name,
        canonical: municipality.canonical,
        country: municipality.country,
        geonamesId: municipality.geonamesId,
        population: municipality.population,
        role: municipality.role,
        confidence: municipality.confidence,
      },
      evidence: [evidenceOf('role', municipality.roleEvidence), ...municipality.mentions.slice(0, MAX_EVIDENCE).map((mention) => evidenceOf('name', mention))],
    });
  }
  for (const organization of extraction.organizations) {
    drafts.push({
      field: 'organization',
      proposal: { name: organization.name, kind: organization.kind, shortName: organization.shortName, confidence: organization.confidence },
      evidence: organization.mentions.slice(0, MAX_EVIDENCE).map((mention) => evidenceOf('name', mention)),
    });
  }
  for (const partnership of extraction.partnerships) {
    drafts.push({
      field: 'partnership',
      proposal: { a: partnership.a, b: partnership.b, since: partnership.since, aGeonamesId: partnership.aGeonamesId, bGeonamesId: partnership.bGeonamesId },
      evidence: [evidenceOf('partnership', partnership.evidence)],
    });
  }
  for (const programme of extraction.fundingProgrammes) {
    drafts.push({ field: 'funding_programme', proposal: { name: programme.name, confidence: programme.confidence }, evidence: [evidenceOf('name', programme.evidence)] });
  }
  for (const theme of extraction.themes) {
    drafts.push({ field: 'theme', proposal: { slug: theme.slug, keywords: theme.keywords }, evidence: [evidenceOf('keywords', theme.evidence)] });
  }
  return drafts.map((draft, position) => ({ ...draft, position }));
}
