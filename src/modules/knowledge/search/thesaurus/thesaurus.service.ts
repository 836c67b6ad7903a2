import { canCoordinate, requireRead } from '../../../../core/auth/policy.js';
import { forbidden, notFound, unauthorized, validationFailed, type FieldIssue } from '../../../../core/errors.js';
import type { Page } from '../../../../core/http/pagination.js';
import type { ServiceContext } from '../../../../core/service-context.js';
import { sortedPage } from '../../../../core/sorted-page.js';
import type { ThesaurusTerms } from '../search.tables.js';
import { foldWord } from '../words/german-compounds.js';
import { auditedThesaurusEntry, presentThesaurusEntry, thesaurusLabel } from './thesaurus.presenter.js';
import { deleteThesaurusRow, findThesaurusRow, insertThesaurusRow, listThesaurusRows, updateThesaurusRow, type ThesaurusRow } from './thesaurus.repository.js';
import { THESAURUS_LANGUAGES, type ThesaurusCreate, type ThesaurusEntry, type ThesaurusListQuery, type ThesaurusTermsInput, type ThesaurusUpdate } from './thesaurus.schemas.js';
import { auditTrail } from '../../../audit/audit.service.js';


/**
 * The search thesaurus: terms of one idea in German, English and Ukrainian. Everyone reads the
 * entries they may see (the search expands queries with them); owners and coordinators of a
 * workspace curate its entries, as they curate its themes.
 */

const ENTITY = 'search_thesaurus_entry';
const thesaurusAudit = auditTrail<ThesaurusRow>(ENTITY, thesaurusLabel);

function requireCurator(ctx: ServiceContext, workspaceId: string): void {
  if (ctx.viewer.kind === 'anonymous') throw unauthorized();
  if (!canCoordinate(ctx.viewer, workspaceId)) throw forbidden('Only owners and coordinators of the workspace curate its search terms');
}

/** The terms, whitespace collapsed; an entry needs two terms at least, none twice. */
function checkedTerms(input: ThesaurusTermsInput): ThesaurusTerms {
  const terms: ThesaurusTerms = {};
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const language of THESAURUS_LANGUAGES) {
    const list = (input[language] ?? []).map((term) => term.replace(/\s+/g, ' '));
    list.forEach((term, index) => {
      const key = foldWord(term);
      if (seen.has(key)) issues.push({ field: `body.terms.${language}.${index}`, code: 'listed_twice', message: 'is listed twice' });
      seen.add(key);
    });
    if (list.length > 0) terms[language] = list;
  }
  if (issues.length === 0 && seen.size < 2) issues.push({ field: 'body.terms', code: 'too_few', params: { min: 2 }, message: 'needs at least two terms' });
  if (issues.length > 0) throw validationFailed(issues);
  return terms;
}

export function listThesaurus(ctx: ServiceContext, query: ThesaurusListQuery): Promise<Page<ThesaurusEntry>> {
  return sortedPage(ctx, query, {
    column: 'sortTerm',
    rows: (tx, ctx, window) => listThesaurusRows(tx, ctx.viewer, query, window),
    present: (_shown, _tx, ctx) => (row) => presentThesaurusEntry(row, canCoordinate(ctx.viewer, row.workspaceId)),
  });
}

export async function getThesaurusEntry(ctx: ServiceContext, id: string): Promise<ThesaurusEntry> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findThesaurusRow(tx, id), 'Search term entry', id);
    return presentThesaurusEntry(row, canCoordinate(ctx.viewer, row.workspaceId));
  });
}

export async function createThesaurusEntry(ctx: ServiceContext, input: ThesaurusCreate): Promise<ThesaurusEntry> {
  // A workspace the viewer does not belong to is answered like one that does not exist.
  if (ctx.viewer.kind === 'user' && !ctx.viewer.roles.has(input.workspaceId)) throw notFound('Workspace', input.workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    requireCurator(ctx, input.workspaceId);
    const row = await insertThesaurusRow(tx, {
      workspaceId: input.workspaceId,
      visibility: input.visibility ?? 'public',
      createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
      terms: checkedTerms(input.terms),
    });
    await thesaurusAudit.created(tx, ctx, row, auditedThesaurusEntry(row));
    return presentThesaurusEntry(row, true);
  });
}

export async function updateThesaurusEntry(ctx: ServiceContext, id: string, input: ThesaurusUpdate): Promise<ThesaurusEntry> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireRead(ctx.viewer, await findThesaurusRow(tx, id), 'Search term entry', id);
    requireCurator(ctx, before.workspaceId);
    const row = await updateThesaurusRow(tx, id, {
      ...(input.terms !== undefined ? { terms: checkedTerms(input.terms) } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
    });
    await thesaurusAudit.updated(tx, ctx, row, auditedThesaurusEntry(before), auditedThesaurusEntry(row));
    return presentThesaurusEntry(row, true);
  });
}

export async function deleteThesaurusEntry(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireRead(ctx.viewer, await findThesaurusRow(tx, id), 'Search term entry', id);
    requireCurator(ctx, before.workspaceId);
    await deleteThesaurusRow(tx, id);
    await thesaurusAudit.deleted(tx, ctx, before, auditedThesaurusEntry(before));
  });
}
