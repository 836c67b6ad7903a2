import type { ServiceContext } from '../../../core/service-context.js';
import { validationFailed } from '../../../core/errors.js';
import { createPartnership } from '../../partnerships/partnership-changes.service.js';
import { listPartnerships } from '../../partnerships/partnerships.service.js';
import type { PartnershipKind } from '../../partnerships/partnerships.types.js';
import type { Candidate } from './review.schemas.js';
import { bestCandidates, candidateOf, nameIn, noSuggestion as none, numberOf, placeOfTown, placeOrLoad, SAME_RECORD, type ProposalKind } from './proposal-kind.js';
import { setExchangePartnership } from './report-exchange.js';

async function partnershipCandidates(ctx: ServiceContext, a: number | null, b: number | null, since: number | null): Promise<Candidate[]> {
  const placeA = await placeOfTown(ctx, a);
  const placeB = await placeOfTown(ctx, b);
  if (!placeA) return [];
  const page = await listPartnerships(ctx, { placeId: placeA.id, limit: 50 });
  const candidates = page.items.map((partnership) => {
      const placeIds = partnership.parties.map((party) => party.place?.id);
      const both = placeB !== null && placeIds.includes(placeB.id);
      const year = partnership.since ? Number(partnership.since.slice(0, 4)) : null;
      const score = (both ? 0.75 : 0.3) + (since !== null && year === since ? 0.2 : 0) + (partnership.kind === 'city_twinning' ? 0.05 : 0);
      return candidateOf('partnership', partnership, score, [partnership.kind.replaceAll('_', ' '), year].filter(Boolean).join(', '), { kind: partnership.kind, year });
    });
  return bestCandidates(candidates);
}

/** A partnership of two towns the document names: linked to one of the first town, or created between both. */
export const partnershipProposals: ProposalKind = {
  async suggest(ctx, row) {
    const proposal = row.proposal;
    const candidates = await partnershipCandidates(ctx, numberOf(proposal.aGeonamesId), numberOf(proposal.bGeonamesId), numberOf(proposal.since));
    const best = candidates[0];
    if (best && best.score >= SAME_RECORD) return { action: 'link', recordId: best.id, candidates, problem: null, role: null };
    if (numberOf(proposal.aGeonamesId) === null || numberOf(proposal.bGeonamesId) === null) return { ...none('parties_not_towns'), candidates };
    return { action: 'create', recordId: null, candidates, problem: null, role: null };
  },
  async carryOut({ ctx, system, document, row, input, accepted, action, requireChosen }) {
    const proposal = row.proposal;
    const language = document.language;
    let partnershipId: string;
    let created = false;
    if (action === 'link') partnershipId = requireChosen('partnership');
    else {
      const a = await placeOrLoad(ctx, system, numberOf(proposal.aGeonamesId));
      const b = await placeOrLoad(ctx, system, numberOf(proposal.bGeonamesId));
      if (!a || !b || a.id === b.id) throw validationFailed([{ field: 'body.action', code: 'choose_record', message: 'the parties are not two towns of the gazetteer; create the partnership by hand' }]);
      const since = input.since !== undefined ? input.since : numberOf(proposal.since);
      const title = input.title ?? `${nameIn(a, language)} – ${nameIn(b, language)}`;
      const partnership = await createPartnership(ctx, {
        workspaceId: document.workspaceId,
        visibility: document.visibility === 'private' ? 'workspace' : document.visibility,
        kind: (input.partnershipKind ?? 'city_twinning') as PartnershipKind,
        title: { [language]: title },
        description: {},
        since: since === null ? null : String(since),
        status: 'active',
        endedOn: null,
        parentId: null,
        parties: [{ placeId: a.id }, { placeId: b.id }],
        themeIds: [],
      });
      partnershipId = partnership.id;
      created = true;
    }
    if (accepted.exchange) await setExchangePartnership(ctx, accepted.exchange, partnershipId);
    return { recordType: 'partnership', recordId: partnershipId, decision: { partnershipId, created } };
  },
};
