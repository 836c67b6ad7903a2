import type { ServiceContext } from '../../../core/service-context.js';
import { plainKey } from '../../../core/names/name-keys.js';
import { autocompleteOrganizations, createOrganization } from '../../actors/organizations.service.js';
import type { OrganizationKind } from '../../actors/actors.types.js';
import type { OrganizationRole } from '../../exchanges/exchanges.types.js';
import { reviewConflict } from './review.errors.js';
import type { Candidate } from './review.schemas.js';
import { bestCandidates, candidateOf, placeRef, SAME_RECORD, similarity, textOf, type ProposalKind } from './proposal-kind.js';
import { addExchangeOrganization } from './report-exchange.js';

/** The role an organisation of a kind usually has in an exchange it is named in. */
const ROLE_OF_KIND: Partial<Record<OrganizationKind, OrganizationRole>> = {
  ministry: 'host',
  development_agency: 'implementer',
  consultancy: 'support',
};

/** An organisation's name without a legal form or an abbreviation in brackets, for comparing. */
function organizationKey(name: string): string {
  return plainKey(name.replace(/\([^)]*\)/g, ' ').replace(/\b(?:gmbh|ggmbh|mbh|e\s?\.?\s?v\.?|ag|ggmbh|kg|llc|ltd|inc)\b\.?/gi, ' '));
}

async function organizationCandidates(ctx: ServiceContext, name: string, shortName: string): Promise<Candidate[]> {
  const found = new Map((await autocompleteOrganizations(ctx, name.slice(0, 100), 8)).map((organization) => [organization.id, organization]));
  if (shortName) for (const organization of await autocompleteOrganizations(ctx, shortName, 5)) found.set(organization.id, organization);
  const key = organizationKey(name);
  const shortKey = plainKey(shortName);
  const candidates = [...found.values()].map((organization) => {
      const names = [organization.name, ...Object.values(organization.names)].map(organizationKey);
      const sameShort = shortKey !== '' && organization.shortName !== null && plainKey(organization.shortName) === shortKey;
      const nameIsShort = organization.shortName !== null && plainKey(organization.shortName) === plainKey(name);
      const score = sameShort || nameIsShort ? 1 : Math.max(...names.map((candidate) => similarity(candidate, key)));
      const detail = [organization.seat?.name, organization.countryCode, organization.kind.replaceAll('_', ' ')].filter(Boolean).join(', ') || null;
      return candidateOf('organization', { id: organization.id, title: { und: organization.name, ...organization.names } }, score, detail, {
        kind: organization.kind,
        place: placeRef(organization.seat),
        countryCode: organization.countryCode,
      });
    });
  return bestCandidates(candidates, 0.3);
}

/** Refuses to create an organisation whose name (or abbreviation) a visible organisation has: link that one instead. */
async function requireNoOrganizationNamed(ctx: ServiceContext, name: string, shortName: string | null): Promise<void> {
  const key = organizationKey(name);
  const same = (await organizationCandidates(ctx, name, shortName ?? '')).find((candidate) => {
    const names = Object.values(candidate.title).map(organizationKey);
    return names.includes(key) || candidate.score === 1;
  });
  if (same) {
    const label = same.title.und ?? Object.values(same.title)[0];
    throw reviewConflict('organization_exists', `An organisation named so exists already: ${label} (${same.id}); link it instead`, { name: label ?? '' }, [{ field: 'body.name', code: 'not_unique', message: `is the name of ${label} already` }]);
  }
}

/** An organisation the document names: linked to one with the same name, or created (never a second one of a name a visible organisation has). */
export const organizationProposals: ProposalKind = {
  async suggest(ctx, row) {
    const proposal = row.proposal;
    const candidates = await organizationCandidates(ctx, textOf(proposal.name), textOf(proposal.shortName));
    const best = candidates[0];
    const role = ROLE_OF_KIND[proposal.kind as OrganizationKind] ?? null;
    return best && best.score >= SAME_RECORD
      ? { action: 'link', recordId: best.id, candidates, problem: null, role }
      : { action: 'create', recordId: null, candidates, problem: null, role };
  },
  async carryOut({ ctx, document, row, input, suggestion, accepted, action, requireChosen }) {
    const proposal = row.proposal;
    const role = input.role !== undefined ? input.role : suggestion.role;
    let organizationId: string;
    let created = false;
    if (action === 'link') organizationId = requireChosen('organisation');
    else {
      const name = input.name ?? textOf(proposal.name);
      const shortName = input.shortName !== undefined ? input.shortName : (textOf(proposal.shortName) || null);
      await requireNoOrganizationNamed(ctx, name, shortName);
      const organization = await createOrganization(ctx, {
        workspaceId: document.workspaceId,
        kind: input.organizationKind ?? (proposal.kind as OrganizationKind),
        name,
        shortName,
        countryCode: input.countryCode ?? null,
        visibility: document.visibility === 'private' ? 'workspace' : document.visibility,
      });
      organizationId = organization.id;
      created = true;
    }
    if (role && accepted.exchange) await addExchangeOrganization(ctx, accepted.exchange, organizationId, role);
    return { recordType: 'organization', recordId: organizationId, decision: { organizationId, created, role: role ?? null } };
  },
};
