import type { ServiceContext } from '../../../core/service-context.js';
import { plainKey } from '../../../core/names/name-keys.js';
import { createProgramme } from '../../funding/programmes.service.js';
import { search } from '../search/search.service.js';
import type { Candidate } from './review.schemas.js';
import { bestCandidates, candidateOf, SAME_RECORD, similarity, textOf, type ProposalKind } from './proposal-kind.js';

async function programmeCandidates(ctx: ServiceContext, name: string): Promise<Candidate[]> {
  if (!name.trim()) return [];
  const found = await search(ctx, { q: name.slice(0, 200), type: 'funding_programme', limit: 5 });
  const key = plainKey(name);
  const candidates = found.items.map((hit) => candidateOf('funding_programme', hit, Math.max(...Object.values(hit.title).map((title) => similarity(plainKey(title), key))), null));
  return bestCandidates(candidates, 0.3);
}

/** A funding programme the document names: linked to one the search finds by name, or created. */
export const fundingProgrammeProposals: ProposalKind = {
  async suggest(ctx, row) {
    const proposal = row.proposal;
    const candidates = await programmeCandidates(ctx, textOf(proposal.name));
    const best = candidates[0];
    return best && best.score >= SAME_RECORD ? { action: 'link', recordId: best.id, candidates, problem: null, role: null } : { action: 'create', recordId: null, candidates, problem: null, role: null };
  },
  async carryOut({ ctx, document, row, input, action, requireChosen }) {
    const proposal = row.proposal;
    const language = document.language;
    if (action === 'link') {
      const programmeId = requireChosen('funding programme');
      return { recordType: 'funding_programme', recordId: programmeId, decision: { programmeId, created: false } };
    }
    const name = input.name ?? textOf(proposal.name);
    const programme = await createProgramme(ctx, { workspaceId: document.workspaceId, visibility: 'workspace', name: { [language]: name }, description: {}, level: 'national', funderOrganizationId: null, periodStart: null, periodEnd: null, website: null, instruments: [], deadlines: [] });
    return { recordType: 'funding_programme', recordId: programme.id, decision: { programmeId: programme.id, created: true } };
  },
};
