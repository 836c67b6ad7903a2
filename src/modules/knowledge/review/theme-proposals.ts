import { themesBySlugs } from '../../themes/themes.service.js';
import { candidateOf, noSuggestion as none, textOf, type ProposalKind } from './proposal-kind.js';
import { addExchangeTheme } from './report-exchange.js';

/** A theme of the taxonomy the document is about: linked, and added to the exchange of the report. */
export const themeProposals: ProposalKind = {
  async suggest(ctx, row) {
    const proposal = row.proposal;
    const theme = (await themesBySlugs(ctx, [textOf(proposal.slug)])).get(textOf(proposal.slug));
    if (!theme) return none('unknown_theme');
    return { action: 'link', recordId: theme.id, candidates: [candidateOf('theme', { id: theme.id, title: theme.name }, 1, null)], problem: null, role: null };
  },
  async carryOut({ ctx, accepted, requireChosen }) {
    const themeId = requireChosen('theme');
    if (accepted.exchange) await addExchangeTheme(ctx, accepted.exchange, themeId);
    return { recordType: 'theme', recordId: themeId, decision: { themeId } };
  },
};
