import { validationFailed } from '../../../core/errors.js';
import type { ServiceContext } from '../../../core/service-context.js';
import type { DocumentRow } from '../documents/documents.service.js';
import { exchangeProposals } from './exchange-proposals.js';
import { fundingProgrammeProposals } from './funding-programme-proposals.js';
import { municipalityProposals } from './municipality-proposals.js';
import { organizationProposals } from './organization-proposals.js';
import { partnershipProposals } from './partnership-proposals.js';
import type { Accepted, Outcome, ProposalKind } from './proposal-kind.js';
import type { ProposalRow } from './review.repository.js';
import type { AcceptInput, Suggestion, SuggestionProblem } from './review.schemas.js';
import type { ProposalField } from './review.tables.js';
import { themeProposals } from './theme-proposals.js';

/** The API's English wording of each problem; the UI shows its own text for the code. */
const PROBLEM_MESSAGES: Record<SuggestionProblem, string> = {
  no_dates: 'the report gives no dates: enter them to create the exchange',
  unknown_theme: 'the theme taxonomy has no such theme',
  parties_not_towns: 'the parties are not both towns of the gazetteer; create the partnership by hand',
};

const KINDS: Record<ProposalField, ProposalKind> = {
  municipality: municipalityProposals,
  organization: organizationProposals,
  theme: themeProposals,
  funding_programme: fundingProgrammeProposals,
  partnership: partnershipProposals,
  exchange: exchangeProposals,
};

/** What accepting a proposal would do, and the records it could stand for. */
export const suggest = (ctx: ServiceContext, row: ProposalRow): Promise<Suggestion> => KINDS[row.field].suggest(ctx, row);

/** Accepts a proposal as the reviewer chose (or as suggested): links or creates the record it stands for. */
export async function carryOut(
  ctx: ServiceContext,
  system: ServiceContext,
  document: DocumentRow,
  row: ProposalRow,
  input: AcceptInput,
  suggestion: Suggestion,
  accepted: Accepted,
): Promise<Outcome> {
  const action = input.action ?? (suggestion.action === 'none' ? undefined : suggestion.action);
  if (!action) throw validationFailed([{ field: 'body.action', code: 'choose_record', message: suggestion.problem ? PROBLEM_MESSAGES[suggestion.problem] : 'choose link or create' }]);
  const chosen = input.recordId ?? suggestion.recordId;
  const requireChosen = (type: string) => {
    if (!chosen) throw validationFailed([{ field: 'body.recordId', code: 'choose_record', message: `choose the ${type} to link` }]);
    return chosen;
  };
  return KINDS[row.field as ProposalField].carryOut({ ctx, system, document, row, input, suggestion, accepted, action, requireChosen });
}
