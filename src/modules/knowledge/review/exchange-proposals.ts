import type { ServiceContext } from '../../../core/service-context.js';
import { invalidField, validationFailed, type FieldIssue } from '../../../core/errors.js';
import { plainKey } from '../../../core/names/name-keys.js';
import { timeZoneOfCountry } from '../../../core/time/country-time-zones.js';
import { createExchange } from '../../exchanges/exchange-changes.service.js';
import { createDelegation } from '../../exchanges/exchange-programme.service.js';
import { listExchanges } from '../../exchanges/exchanges.service.js';
import type { ExchangeKind } from '../../exchanges/exchanges.types.js';
import { placeRefsByIds } from '../../places/places.service.js';
import type { PlaceRef } from '../../places/places.schemas.js';
import type { DocumentRow } from '../documents/documents.service.js';
import type { AcceptInput, Candidate } from './review.schemas.js';
import { bestCandidates, candidateOf, numberOf, placeOfTown, placeOrLoad, placeRef, SAME_RECORD, similarity, textOf, type Accepted, type ProposalKind } from './proposal-kind.js';

async function exchangeCandidates(ctx: ServiceContext, proposal: Record<string, unknown>): Promise<Candidate[]> {
  const startDate = textOf(proposal.startDate);
  if (!startDate) return [];
  const endDate = textOf(proposal.endDate) || startDate;
  const venue = proposal.venue as { geonamesId?: number } | null;
  const venuePlace = await placeOfTown(ctx, venue?.geonamesId ?? null);
  const page = await listExchanges(ctx, { from: startDate, to: endDate, order: 'oldest', limit: 20 });
  const title = plainKey(textOf(proposal.title));
  const candidates = page.items.map((exchange) => {
      const sameStart = exchange.startDate === startDate;
      const sameVenue = venuePlace !== null && exchange.venue?.id === venuePlace.id;
      const titleScore = Math.max(0, ...Object.values(exchange.title).map((candidate) => similarity(plainKey(candidate), title)));
      const score = (sameStart ? 0.45 : 0.2) + (sameVenue ? 0.3 : 0) + (exchange.kind === proposal.kind ? 0.1 : 0) + 0.15 * titleScore;
      const detail = [exchange.startDate === exchange.endDate ? exchange.startDate : `${exchange.startDate} – ${exchange.endDate}`, exchange.venue?.name].filter(Boolean).join(', ');
      return candidateOf('exchange', exchange, score, detail, { startDate: exchange.startDate, endDate: exchange.endDate, place: placeRef(exchange.venue) });
    });
  return bestCandidates(candidates, 0.4);
}

async function createExchangeFromProposal(
  ctx: ServiceContext,
  system: ServiceContext,
  document: DocumentRow,
  proposal: Record<string, unknown>,
  input: AcceptInput,
  accepted: Accepted,
): Promise<string> {
  const startDate = input.startDate ?? (textOf(proposal.startDate) || null);
  const endDate = input.endDate ?? (textOf(proposal.endDate) || startDate);
  const title = input.title ?? (textOf(proposal.title) || document.title);
  const kind = input.exchangeKind ?? (proposal.kind as ExchangeKind);
  const issues: FieldIssue[] = [];
  if (!startDate) issues.push({ field: 'body.startDate', code: 'required', message: 'is required: the report gives no dates' });
  if (!endDate) issues.push({ field: 'body.endDate', code: 'required', message: 'is required: the report gives no dates' });
  if (issues.length > 0) throw validationFailed(issues);
  const venue = proposal.venue as { geonamesId?: number; building?: string | null } | null;
  let venuePlace: PlaceRef | null = null;
  if (input.venuePlaceId) venuePlace = (await placeRefsByIds(ctx, [input.venuePlaceId])).get(input.venuePlaceId) ?? null;
  else if (input.venuePlaceId === undefined) venuePlace = await placeOrLoad(ctx, system, venue?.geonamesId ?? null);
  if (input.venuePlaceId && !venuePlace) throw invalidField('body.venuePlaceId', 'unknown_reference', 'refers to no place you can see');
  const participantCount = input.participantCount !== undefined ? input.participantCount : numberOf(proposal.participantCount);
  const exchange = await createExchange(ctx, {
    workspaceId: document.workspaceId,
    visibility: document.visibility === 'private' ? 'workspace' : document.visibility,
    kind,
    title: { [document.language]: title },
    description: {},
    startDate: startDate!,
    endDate: endDate!,
    timeZone: timeZoneOfCountry(venuePlace?.countryCode),
    status: startDate! < new Date().toISOString().slice(0, 10) ? 'completed' : 'planned',
    venuePlaceId: venuePlace?.id ?? null,
    venueName: venue?.building ?? null,
    partnershipId: accepted.partnerships[0] ?? null,
    networkId: null,
    hostNetworkMemberId: null,
    capacity: null,
    reportedParticipants: participantCount ?? null,
    themeIds: [...new Set(accepted.themes)],
    organizations: accepted.organizations.flatMap((organization) => (organization.role ? [{ organizationId: organization.id, role: organization.role }] : [])),
    stops: [],
  });
  for (const placeId of new Set(accepted.places)) {
    if (placeId !== venuePlace?.id) await createDelegation(ctx, exchange.id, { name: {}, fromPlaceId: placeId, fromOrganizationId: null, sectors: [], size: null, note: {} });
  }
  return exchange.id;
}

/** The exchange the document reports on: linked to one at the same dates and place, or created from the records accepted before it. */
export const exchangeProposals: ProposalKind = {
  async suggest(ctx, row) {
    const proposal = row.proposal;
    const candidates = await exchangeCandidates(ctx, proposal);
    const best = candidates[0];
    if (best && best.score >= SAME_RECORD) return { action: 'link', recordId: best.id, candidates, problem: null, role: null };
    if (!proposal.startDate) return { action: 'create', recordId: null, candidates, problem: 'no_dates', role: null };
    return { action: 'create', recordId: null, candidates, problem: null, role: null };
  },
  async carryOut({ ctx, system, document, row, input, accepted, action, requireChosen }) {
    const proposal = row.proposal;
    if (action === 'link') {
      const exchangeId = requireChosen('exchange');
      return { recordType: 'exchange', recordId: exchangeId, decision: { exchangeId, created: false } };
    }
    const exchangeId = await createExchangeFromProposal(ctx, system, document, proposal, input, accepted);
    return { recordType: 'exchange', recordId: exchangeId, decision: { exchangeId, created: true } };
  },
};
