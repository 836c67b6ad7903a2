import { sql } from 'drizzle-orm';
import { canCreateIn, canEdit, requireCreateIn } from '../../../core/auth/policy.js';
import { userIdOf } from '../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { AppError, invalidField, validationFailed, type FieldIssue } from '../../../core/errors.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { autocompleteOrganizations, createOrganization } from '../../actors/organizations.service.js';
import type { OrganizationKind } from '../../actors/actors.types.js';
import { recordAuditEvent } from '../../audit/audit.service.js';
import { createExchange, updateExchange } from '../../exchanges/exchange-changes.service.js';
import { createDelegation } from '../../exchanges/exchange-programme.service.js';
import { getExchange, listExchanges } from '../../exchanges/exchanges.service.js';
import type { ExchangeKind, OrganizationRole } from '../../exchanges/exchanges.types.js';
import { createProgramme } from '../../funding/programmes.service.js';
import { createPartnership } from '../../partnerships/partnership-changes.service.js';
import { listPartnerships } from '../../partnerships/partnerships.service.js';
import type { PartnershipKind } from '../../partnerships/partnerships.types.js';
import { plainKey, searchKey } from '../../../core/names/name-keys.js';
import { gazetteerPlace, placeRefsByIds, resolvePlace, trigramSimilarity } from '../../places/places.service.js';
import type { PlaceRef, PlaceSummary } from '../../places/places.schemas.js';
import { themesBySlugs } from '../../themes/themes.service.js';
import type { DocumentRow } from '../documents/documents.service.js';
import { linkRecordInTransaction, requireDocument } from '../documents/documents.service.js';
import type { LinkType } from '../documents/documents.types.js';
import { recordPath } from '../search/search.service.js';
import { findEntryTitles } from '../search/search.service.js';
import { search } from '../search/search.service.js';
import type { SearchType } from '../search/search.types.js';
import { requestExtraction } from './proposal-writer.js';
import { findProposalRowForUpdate, findProposalRows, updateProposalRow, type ProposalRow } from './review.repository.js';
import type { AcceptInput, Candidate, ProposalView, ReviewView, Suggestion } from './review.schemas.js';
import type { ProposalField } from './review.tables.js';
import { reviewConflict } from './review.errors.js';

/** Above this score a candidate is taken to be the record the proposal means. */
const SAME_RECORD = 0.72;

const TIME_ZONES: Record<string, string> = {
  DE: 'Europe/Berlin',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  UA: 'Europe/Kyiv',
  XK: 'Europe/Belgrade',
  PL: 'Europe/Warsaw',
  MD: 'Europe/Chisinau',
  GE: 'Asia/Tbilisi',
  FR: 'Europe/Paris',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  CZ: 'Europe/Prague',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  GB: 'Europe/London',
  ZA: 'Africa/Johannesburg',
  IN: 'Asia/Kolkata',
};

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

function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  return Math.max(trigramSimilarity(a, b), trigramSimilarity(searchKey(a), searchKey(b)));
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');
const numberOf = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * Whether a town proposal stands for people who came to the event: only participants become
 * delegations (proposals made before towns had roles count as participants, as they did then).
 */
const sendsDelegation = (proposal: Record<string, unknown>) => proposal.role === undefined || proposal.role === 'participant';

/** Below this confidence "accept all" leaves a proposal for the reviewer. */
const ACCEPT_ALL_MIN_CONFIDENCE = 0.7;

/** The records accepted so far for the document: what a new exchange is built from. */
interface Accepted {
  /** Towns that sent people: the exchange's delegations. */
  places: string[];
  organizations: { id: string; role: OrganizationRole | null }[];
  themes: string[];
  partnerships: string[];
  programmes: string[];
  exchange: string | null;
}

function acceptedOf(rows: ProposalRow[]): Accepted {
  const accepted: Accepted = { places: [], organizations: [], themes: [], partnerships: [], programmes: [], exchange: null };
  for (const row of rows) {
    if (row.state !== 'accepted' || !row.recordId) continue;
    if (row.field === 'municipality' && sendsDelegation(row.proposal)) accepted.places.push(row.recordId);
    if (row.field === 'organization') accepted.organizations.push({ id: row.recordId, role: (row.decision?.role as OrganizationRole | null) ?? null });
    if (row.field === 'theme') accepted.themes.push(row.recordId);
    if (row.field === 'partnership') accepted.partnerships.push(row.recordId);
    if (row.field === 'funding_programme') accepted.programmes.push(row.recordId);
    if (row.field === 'exchange') accepted.exchange = row.recordId;
  }
  return accepted;
}

const NO_FACTS = { kind: null, place: null, countryCode: null, population: null, startDate: null, endDate: null, year: null };
const placeRef = (place: { name: string; names: Record<string, string> } | null | undefined) => (place ? { name: place.name, names: place.names } : null);

const placeDetail = (place: PlaceSummary) => [place.countryCode, place.population ? `${place.population.toLocaleString('en')} inhabitants` : null].filter(Boolean).join(', ') || null;

/** What accepting a proposal would do, and the records it could stand for. */
async function suggest(ctx: ServiceContext, row: ProposalRow): Promise<Suggestion> {
  const proposal = row.proposal;
  const none = (problem: string): Suggestion => ({ action: 'none', recordId: null, candidates: [], problem, role: null });
  switch (row.field) {
    case 'municipality': {
      const geonamesId = numberOf(proposal.geonamesId);
      const found = geonamesId === null ? null : await resolvePlace(ctx, { geonamesId });
      if (found && 'place' in found) {
        const place = found.place;
        return { action: 'link', recordId: place.id, candidates: [{ type: 'place', id: place.id, title: { und: place.name, ...place.names }, path: recordPath('place', place.id), score: 1, detail: placeDetail(place), facts: { ...NO_FACTS, countryCode: place.countryCode, population: place.population } }], problem: null, role: null };
      }
      // Not loaded yet: accepting loads the town from the bundled gazetteer.
      return { action: 'link', recordId: null, candidates: [], problem: null, role: null };
    }
    case 'organization': {
      const candidates = await organizationCandidates(ctx, textOf(proposal.name), textOf(proposal.shortName));
      const best = candidates[0];
      const role = ROLE_OF_KIND[proposal.kind as OrganizationKind] ?? null;
      return best && best.score >= SAME_RECORD
        ? { action: 'link', recordId: best.id, candidates, problem: null, role }
        : { action: 'create', recordId: null, candidates, problem: null, role };
    }
    case 'theme': {
      const theme = (await themesBySlugs(ctx, [textOf(proposal.slug)])).get(textOf(proposal.slug));
      if (!theme) return none(`the theme taxonomy has no theme "${textOf(proposal.slug)}"`);
      return { action: 'link', recordId: theme.id, candidates: [{ type: 'theme', id: theme.id, title: theme.name, path: recordPath('theme', theme.id), score: 1, detail: null, facts: NO_FACTS }], problem: null, role: null };
    }
    case 'funding_programme': {
      const candidates = await programmeCandidates(ctx, textOf(proposal.name));
      const best = candidates[0];
      return best && best.score >= SAME_RECORD ? { action: 'link', recordId: best.id, candidates, problem: null, role: null } : { action: 'create', recordId: null, candidates, problem: null, role: null };
    }
    case 'partnership': {
      const candidates = await partnershipCandidates(ctx, numberOf(proposal.aGeonamesId), numberOf(proposal.bGeonamesId), numberOf(proposal.since));
      const best = candidates[0];
      if (best && best.score >= SAME_RECORD) return { action: 'link', recordId: best.id, candidates, problem: null, role: null };
      if (numberOf(proposal.aGeonamesId) === null || numberOf(proposal.bGeonamesId) === null) return { ...none('the parties are not both towns of the gazetteer; create the partnership by hand'), candidates };
      return { action: 'create', recordId: null, candidates, problem: null, role: null };
    }
    case 'exchange': {
      const candidates = await exchangeCandidates(ctx, proposal);
      const best = candidates[0];
      if (best && best.score >= SAME_RECORD) return { action: 'link', recordId: best.id, candidates, problem: null, role: null };
      if (!proposal.startDate) return { action: 'create', recordId: null, candidates, problem: 'the report gives no dates: enter them to create the exchange', role: null };
      return { action: 'create', recordId: null, candidates, problem: null, role: null };
    }
  }
}

async function organizationCandidates(ctx: ServiceContext, name: string, shortName: string): Promise<Candidate[]> {
  const found = new Map((await autocompleteOrganizations(ctx, name.slice(0, 100), 8)).map((organization) => [organization.id, organization]));
  if (shortName) for (const organization of await autocompleteOrganizations(ctx, shortName, 5)) found.set(organization.id, organization);
  const key = organizationKey(name);
  const shortKey = plainKey(shortName);
  return [...found.values()]
    .map((organization) => {
      const names = [organization.name, ...Object.values(organization.names)].map(organizationKey);
      const sameShort = shortKey !== '' && organization.shortName !== null && plainKey(organization.shortName) === shortKey;
      const nameIsShort = organization.shortName !== null && plainKey(organization.shortName) === plainKey(name);
      const score = sameShort || nameIsShort ? 1 : Math.max(...names.map((candidate) => similarity(candidate, key)));
      return {
        type: 'organization',
        id: organization.id,
        title: { und: organization.name, ...organization.names },
        path: recordPath('organization', organization.id),
        score: Math.round(score * 100) / 100,
        detail: [organization.seat?.name, organization.countryCode, organization.kind.replaceAll('_', ' ')].filter(Boolean).join(', ') || null,
        facts: { ...NO_FACTS, kind: organization.kind, place: placeRef(organization.seat), countryCode: organization.countryCode },
      };
    })
    .filter((candidate) => candidate.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

async function programmeCandidates(ctx: ServiceContext, name: string): Promise<Candidate[]> {
  if (!name.trim()) return [];
  const found = await search(ctx, { q: name.slice(0, 200), type: 'funding_programme', limit: 5 });
  const key = plainKey(name);
  return found.items
    .map((hit) => ({
      type: 'funding_programme',
      id: hit.id,
      title: hit.title,
      path: hit.path,
      score: Math.round(Math.max(...Object.values(hit.title).map((title) => similarity(plainKey(title), key))) * 100) / 100,
      detail: null,
      facts: NO_FACTS,
    }))
    .filter((candidate) => candidate.score >= 0.3)
    .sort((a, b) => b.score - a.score);
}

async function placeOfTown(ctx: ServiceContext, geonamesId: number | null): Promise<PlaceSummary | null> {
  if (geonamesId === null) return null;
  const found = await resolvePlace(ctx, { geonamesId });
  return 'place' in found ? found.place : null;
}

async function partnershipCandidates(ctx: ServiceContext, a: number | null, b: number | null, since: number | null): Promise<Candidate[]> {
  const placeA = await placeOfTown(ctx, a);
  const placeB = await placeOfTown(ctx, b);
  if (!placeA) return [];
  const page = await listPartnerships(ctx, { placeId: placeA.id, limit: 50 });
  return page.items
    .map((partnership) => {
      const placeIds = partnership.parties.map((party) => party.place?.id);
      const both = placeB !== null && placeIds.includes(placeB.id);
      const year = partnership.since ? Number(partnership.since.slice(0, 4)) : null;
      const score = (both ? 0.75 : 0.3) + (since !== null && year === since ? 0.2 : 0) + (partnership.kind === 'city_twinning' ? 0.05 : 0);
      return {
        type: 'partnership',
        id: partnership.id,
        title: partnership.title,
        path: recordPath('partnership', partnership.id),
        score: Math.round(Math.min(score, 1) * 100) / 100,
        detail: [partnership.kind.replaceAll('_', ' '), year].filter(Boolean).join(', '),
        facts: { ...NO_FACTS, kind: partnership.kind, year },
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

async function exchangeCandidates(ctx: ServiceContext, proposal: Record<string, unknown>): Promise<Candidate[]> {
  const startDate = textOf(proposal.startDate);
  if (!startDate) return [];
  const endDate = textOf(proposal.endDate) || startDate;
  const venue = proposal.venue as { geonamesId?: number } | null;
  const venuePlace = await placeOfTown(ctx, venue?.geonamesId ?? null);
  const page = await listExchanges(ctx, { from: startDate, to: endDate, order: 'oldest', limit: 20 });
  const title = plainKey(textOf(proposal.title));
  return page.items
    .map((exchange) => {
      const sameStart = exchange.startDate === startDate;
      const sameVenue = venuePlace !== null && exchange.venue?.id === venuePlace.id;
      const titleScore = Math.max(0, ...Object.values(exchange.title).map((candidate) => similarity(plainKey(candidate), title)));
      const score = (sameStart ? 0.45 : 0.2) + (sameVenue ? 0.3 : 0) + (exchange.kind === proposal.kind ? 0.1 : 0) + 0.15 * titleScore;
      return {
        type: 'exchange',
        id: exchange.id,
        title: exchange.title,
        path: recordPath('exchange', exchange.id),
        score: Math.round(Math.min(score, 1) * 100) / 100,
        detail: [exchange.startDate === exchange.endDate ? exchange.startDate : `${exchange.startDate} – ${exchange.endDate}`, exchange.venue?.name].filter(Boolean).join(', '),
        facts: { ...NO_FACTS, startDate: exchange.startDate, endDate: exchange.endDate, place: placeRef(exchange.venue) },
      };
    })
    .filter((candidate) => candidate.score >= 0.4)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

async function presentProposals(tx: DbExecutor, ctx: ServiceContext, document: DocumentRow, rows: ProposalRow[], withSuggestions: boolean): Promise<ProposalView[]> {
  const titles = await findEntryTitles(tx, ctx.viewer, rows.flatMap((row) => (row.recordId ? [row.recordId] : [])));
  const views: ProposalView[] = [];
  for (const row of rows) {
    const entry = row.recordId && row.recordType ? titles.get(`${row.recordType}:${row.recordId}`) : undefined;
    views.push({
      id: row.id,
      field: row.field,
      position: row.position,
      state: row.state,
      proposal: row.proposal,
      evidence: row.evidence,
      decision: row.decision ?? null,
      record: entry && row.recordId ? { type: row.recordType!, id: row.recordId, title: entry.title, path: recordPath(row.recordType as SearchType, row.recordId) } : null,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      suggestion: withSuggestions && row.state === 'pending' ? await suggest(ctx, row) : null,
    });
  }
  return views;
}

/** The document's text and its proposals, field by field, with what accepting each would do. */
export async function getReview(ctx: ServiceContext, documentId: string): Promise<ReviewView> {
  return ctx.transaction(async (tx, ctx) => {
    const document = await requireDocument(tx, ctx, documentId, 'read');
    const reviewer = canEdit(ctx.viewer, document) && canCreateIn(ctx.viewer, document.workspaceId);
    const rows = await findProposalRows(tx, documentId);
    return {
      document: {
        id: document.id,
        workspaceId: document.workspaceId,
        title: document.title,
        language: document.language,
        text: document.text,
        publishedOn: document.publishedOn,
        extractedAt: document.extractedAt?.toISOString() ?? null,
        reviewOutdated: document.extractedFrom !== null && document.extractedFrom !== document.contentHash,
        extractionState: document.extractionState,
      },
      canReview: reviewer,
      proposals: await presentProposals(tx, ctx, document, rows, reviewer),
    };
  });
}

/** Extracts the proposals again in the background (after the text changed); decided ones stay. */
export async function extractAgain(ctx: ServiceContext, documentId: string): Promise<ReviewView> {
  await ctx.transaction(async (tx, ctx) => {
    const document = await requireDocument(tx, ctx, documentId, 'edit');
    if (document.text.trim() === '') throw invalidField('text', 'no_text', 'the document has no text to extract proposals from');
    await requestExtraction(tx, document);
    await recordAuditEvent(tx, ctx, { workspaceId: document.workspaceId, action: 'update', entityType: 'document', entityId: document.id, label: document.title, after: { proposalsExtracted: true } });
  });
  return getReview(ctx, documentId);
}

/** The proposal, locked, when the viewer may review the document and it awaits review. */
async function pendingProposal(tx: DbExecutor, ctx: ServiceContext, documentId: string, proposalId: string, states: ProposalRow['state'][] = ['pending']) {
  const document = await requireDocument(tx, ctx, documentId, 'edit');
  requireCreateIn(ctx.viewer, document.workspaceId);
  // One review step at a time per document: accepting reads what was accepted before.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`review:${documentId}`}, 0))`);
  const row = await findProposalRowForUpdate(tx, documentId, proposalId);
  if (!row) throw new AppError('not_found', `Proposal ${proposalId} not found`);
  if (!states.includes(row.state)) throw reviewConflict('proposal_decided', `The proposal was ${row.state} already`, { state: row.state }, [{ field: 'proposalId', code: 'invalid_state', message: `is ${row.state} already` }]);
  return { document, row };
}

interface Outcome {
  recordType: LinkType;
  recordId: string;
  decision: Record<string, unknown>;
}

/**
 * Accepts a proposal in one transaction: links the record it stands for, or creates it first
 * (never a second place of a town, nor an organisation whose name a visible one has already),
 * links it to the document, and ties it to the exchange of the report when there is one.
 */
export async function acceptProposal(ctx: ServiceContext, system: ServiceContext, documentId: string, proposalId: string, input: AcceptInput): Promise<ProposalView> {
  return ctx.transaction(async (tx, ctx) => {
    const { document, row } = await pendingProposal(tx, ctx, documentId, proposalId);
    const all = await findProposalRows(tx, documentId);
    const accepted = acceptedOf(all);
    const suggestion = await suggest(ctx, row);
    const outcome = await carryOut(ctx, system, document, row, input, suggestion, accepted);
    await linkRecordInTransaction(tx, ctx, document, { recordType: outcome.recordType, recordId: outcome.recordId }, 'review', 'body.recordId');
    const decided = await updateProposalRow(tx, row.id, {
      state: 'accepted',
      decision: outcome.decision,
      recordType: outcome.recordType,
      recordId: outcome.recordId,
      decidedBy: userIdOf(ctx.viewer),
      decidedAt: new Date(),
    });
    await recordAuditEvent(tx, ctx, {
      workspaceId: document.workspaceId,
      action: 'update',
      entityType: 'document_proposal',
      entityId: row.id,
      label: document.title,
      before: { state: row.state, field: row.field, proposal: row.proposal },
      after: { state: 'accepted', decision: outcome.decision, recordType: outcome.recordType, recordId: outcome.recordId },
    });
    return (await presentProposals(tx, ctx, document, [decided], false))[0]!;
  });
}

async function carryOut(
  ctx: ServiceContext,
  system: ServiceContext,
  document: DocumentRow,
  row: ProposalRow,
  input: AcceptInput,
  suggestion: Suggestion,
  accepted: Accepted,
): Promise<Outcome> {
  const action = input.action ?? (suggestion.action === 'none' ? undefined : suggestion.action);
  if (!action) throw validationFailed([{ field: 'body.action', code: 'choose_record', message: suggestion.problem ?? 'choose link or create' }]);
  const chosen = input.recordId ?? suggestion.recordId;
  const requireChosen = (type: string) => {
    if (!chosen) throw validationFailed([{ field: 'body.recordId', code: 'choose_record', message: `choose the ${type} to link` }]);
    return chosen;
  };
  const proposal = row.proposal;
  const language = document.language;
  switch (row.field as ProposalField) {
    case 'municipality': {
      let placeId = input.recordId ?? null;
      let loaded = false;
      if (!placeId) {
        const geonamesId = numberOf(proposal.geonamesId);
        const known = await placeOfTown(ctx, geonamesId);
        const place = known ?? (geonamesId !== null ? await gazetteerPlace(ctx, system, geonamesId) : null);
        loaded = !known && place !== null;
        if (!place) throw validationFailed([{ field: 'body.recordId', code: 'choose_record', message: 'the town is not in the gazetteer; choose the place to link' }]);
        placeId = place.id;
      }
      if (sendsDelegation(proposal)) await addDelegation(ctx, accepted.exchange, placeId);
      return { recordType: 'place', recordId: placeId, decision: { placeId, loadedFromGazetteer: loaded } };
    }
    case 'organization': {
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
    }
    case 'theme': {
      const themeId = requireChosen('theme');
      if (accepted.exchange) await addExchangeTheme(ctx, accepted.exchange, themeId);
      return { recordType: 'theme', recordId: themeId, decision: { themeId } };
    }
    case 'funding_programme': {
      if (action === 'link') {
        const programmeId = requireChosen('funding programme');
        return { recordType: 'funding_programme', recordId: programmeId, decision: { programmeId, created: false } };
      }
      const name = input.name ?? textOf(proposal.name);
      const programme = await createProgramme(ctx, { workspaceId: document.workspaceId, visibility: 'workspace', name: { [language]: name }, description: {}, level: 'national', funderOrganizationId: null, periodStart: null, periodEnd: null, website: null, instruments: [], deadlines: [] });
      return { recordType: 'funding_programme', recordId: programme.id, decision: { programmeId: programme.id, created: true } };
    }
    case 'partnership': {
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
    }
    case 'exchange': {
      if (action === 'link') {
        const exchangeId = requireChosen('exchange');
        return { recordType: 'exchange', recordId: exchangeId, decision: { exchangeId, created: false } };
      }
      const exchangeId = await createExchangeFromProposal(ctx, system, document, proposal, input, accepted);
      return { recordType: 'exchange', recordId: exchangeId, decision: { exchangeId, created: true } };
    }
  }
}

const nameIn = (place: PlaceSummary, language: string) => place.names[language] ?? place.name;

async function placeOrLoad(ctx: ServiceContext, system: ServiceContext, geonamesId: number | null): Promise<PlaceSummary | null> {
  if (geonamesId === null) return null;
  return (await placeOfTown(ctx, geonamesId)) ?? gazetteerPlace(ctx, system, geonamesId);
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
    timeZone: TIME_ZONES[venuePlace?.countryCode ?? 'DE'] ?? 'Europe/Berlin',
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

/** A delegation from the town to the exchange of the report, unless it is the venue or sent one already. */
async function addDelegation(ctx: ServiceContext, exchangeId: string | null, placeId: string): Promise<void> {
  if (!exchangeId) return;
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit || exchange.venue?.id === placeId || exchange.delegations.some((delegation) => delegation.fromPlace?.id === placeId)) return;
  await createDelegation(ctx, exchangeId, { name: {}, fromPlaceId: placeId, fromOrganizationId: null, sectors: [], size: null, note: {} });
}

async function addExchangeOrganization(ctx: ServiceContext, exchangeId: string, organizationId: string, role: OrganizationRole): Promise<void> {
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit) return;
  const current = exchange.organizations.map((entry) => ({ organizationId: entry.organization.id, role: entry.role }));
  if (current.some((entry) => entry.organizationId === organizationId && entry.role === role)) return;
  await updateExchange(ctx, exchangeId, { organizations: [...current, { organizationId, role }] });
}

async function addExchangeTheme(ctx: ServiceContext, exchangeId: string, themeId: string): Promise<void> {
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit) return;
  const current = exchange.themes.map((theme) => theme.id);
  if (current.includes(themeId)) return;
  await updateExchange(ctx, exchangeId, { themeIds: [...current, themeId] });
}

async function setExchangePartnership(ctx: ServiceContext, exchangeId: string, partnershipId: string): Promise<void> {
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit || exchange.partnershipId) return;
  await updateExchange(ctx, exchangeId, { partnershipId });
}

export async function rejectProposal(ctx: ServiceContext, documentId: string, proposalId: string): Promise<ProposalView> {
  return decide(ctx, documentId, proposalId, ['pending'], 'rejected');
}

/** A rejected proposal awaits review again. */
export async function reopenProposal(ctx: ServiceContext, documentId: string, proposalId: string): Promise<ProposalView> {
  return decide(ctx, documentId, proposalId, ['rejected'], 'pending');
}

async function decide(ctx: ServiceContext, documentId: string, proposalId: string, from: ProposalRow['state'][], to: 'rejected' | 'pending'): Promise<ProposalView> {
  return ctx.transaction(async (tx, ctx) => {
    const { document, row } = await pendingProposal(tx, ctx, documentId, proposalId, from);
    const decided = await updateProposalRow(tx, row.id, { state: to, decision: null, decidedBy: to === 'pending' ? null : userIdOf(ctx.viewer), decidedAt: to === 'pending' ? null : new Date() });
    await recordAuditEvent(tx, ctx, {
      workspaceId: document.workspaceId,
      action: 'update',
      entityType: 'document_proposal',
      entityId: row.id,
      label: document.title,
      before: { state: row.state, field: row.field, proposal: row.proposal },
      after: { state: to },
    });
    return (await presentProposals(tx, ctx, document, [decided], to === 'pending'))[0]!;
  });
}

/** The order in which "accept all" goes: an exchange is built from the records accepted before it. */
const ACCEPT_ORDER: ProposalField[] = ['municipality', 'organization', 'partnership', 'funding_programme', 'theme', 'exchange'];

/**
 * Accepts every proposal awaiting review as suggested, each in its own transaction. Proposals
 * without a safe suggestion (an exchange without dates, a theme the taxonomy lacks) are left for
 * the reviewer, with the reason.
 */
export async function acceptAll(ctx: ServiceContext, system: ServiceContext, documentId: string) {
  const rows = await ctx.transaction(async (tx, ctx) => {
    const document = await requireDocument(tx, ctx, documentId, 'edit');
    requireCreateIn(ctx.viewer, document.workspaceId);
    return findProposalRows(tx, documentId);
  });
  const pending = rows.filter((row) => row.state === 'pending').sort((a, b) => ACCEPT_ORDER.indexOf(a.field) - ACCEPT_ORDER.indexOf(b.field) || a.position - b.position);
  let accepted = 0;
  const left: { id: string; field: ProposalField; code: string; reason: string }[] = [];
  for (const row of pending) {
    const confidence = numberOf(row.proposal.confidence);
    if (row.field === 'municipality' && row.proposal.role === 'mentioned') {
      left.push({ id: row.id, field: row.field, code: 'mentioned_in_passing', reason: 'the town is only mentioned in passing; accept it yourself if it took part' });
      continue;
    }
    if (confidence !== null && confidence < ACCEPT_ALL_MIN_CONFIDENCE) {
      left.push({ id: row.id, field: row.field, code: 'low_confidence', reason: 'the extraction is not sure of this proposal' });
      continue;
    }
    try {
      await acceptProposal(ctx, system, documentId, row.id, {});
      accepted++;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      left.push({ id: row.id, field: row.field, code: error.issues[0]?.code ?? error.code, reason: error.issues[0]?.message ?? error.message });
    }
  }
  return { accepted, left, review: await getReview(ctx, documentId) };
}

/** Queues extracting proposals from a document's text; proposals awaiting review per document. */
export { requestExtraction } from './proposal-writer.js';
export { countPendingProposals, hasPendingProposals } from './review.repository.js';
