import { canCoordinate, canCreateIn, canEdit, canRead, requireCreateIn, requireEdit, requireRead, roleIn } from '../../../core/auth/policy.js';
import { userIdOf } from '../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { notFound, validationFailed, type FieldIssue } from '../../../core/errors.js';
import type { Page } from '../../../core/http/pagination.js';
import { sortedPage } from '../../../core/sorted-page.js';
import { todayIso } from '../../../core/http/record-fields.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { auditTrail } from '../../audit/audit.service.js';
import { detectLanguage, findDateline, findTitle, normalizeText, splitSentences } from '../extraction/extraction-text.service.js';
import { countPendingProposals, hasPendingProposals, requestExtraction } from '../review/review.service.js';
import { findEntryTitles } from '../search/search.service.js';
import { contentHash, tidyText, titleFromText, withoutHeadingMarks } from './content-hash.js';
import { auditedDocument, presentDocumentDetail, presentDocumentSummary, presentLink } from './documents.presenter.js';
import {
  deleteDocumentRow,
  deleteLinkRow,
  findDocumentIdByHash,
  findDocumentRow,
  findFileMetaRows,
  findLinkRow,
  findLinkRows,
  insertDocumentRow,
  insertLinkRow,
  linkTargetOf,
  listDocumentRows,
  updateDocumentRow,
  type DocumentInsert,
  type DocumentRow,
  countDocumentRows,
} from './documents.repository.js';
import type { DocumentCreate, DocumentDetail, DocumentListQuery, DocumentSummary, DocumentUpdate, LinkTarget, LinkView } from './documents.schemas.js';
import type { DocumentOrigin } from './documents.tables.js';
import type { DocumentLanguage } from './documents.types.js';
import { documentConflict } from './documents.errors.js';

export const documentAudit = auditTrail<DocumentRow>('document', (row) => row.title);

/** Members of the document's workspace (guests too) read its comments. */
export function canReadComments(ctx: ServiceContext, document: DocumentRow): boolean {
  return ctx.viewer.kind === 'system' || (canRead(ctx.viewer, document) && roleIn(ctx.viewer, document.workspaceId) !== null);
}

/** Owners, coordinators and members comment (with a session or a token that may write). */
export function canCommentOn(ctx: ServiceContext, document: DocumentRow): boolean {
  return canRead(ctx.viewer, document) && canCreateIn(ctx.viewer, document.workspaceId);
}

export async function presentDetail(tx: DbExecutor, ctx: ServiceContext, row: DocumentRow): Promise<DocumentDetail> {
  const links = await findLinkRows(tx, row.id);
  const titles = await findEntryTitles(tx, ctx.viewer, links.map((link) => linkTargetOf(link).recordId));
  return presentDocumentDetail(row, {
    pendingProposals: (await countPendingProposals(tx, [row.id])).get(row.id) ?? 0,
    files: await findFileMetaRows(tx, row.id),
    links,
    titles,
    access: {
      canEdit: canEdit(ctx.viewer, row),
      canReadComments: canReadComments(ctx, row),
      canComment: canCommentOn(ctx, row),
      canModerate: canRead(ctx.viewer, row) && canCoordinate(ctx.viewer, row.workspaceId),
    },
  });
}

export async function getDocument(ctx: ServiceContext, id: string): Promise<DocumentDetail> {
  return ctx.transaction(async (tx, ctx) => presentDetail(tx, ctx, requireRead(ctx.viewer, await findDocumentRow(tx, id), 'Document', id)));
}

/** The document, when the viewer may read it (or edit it, when asked); for the other parts of the knowledge module. */
export async function requireDocument(tx: DbExecutor, ctx: ServiceContext, id: string, access: 'read' | 'edit'): Promise<DocumentRow> {
  const row = await findDocumentRow(tx, id);
  return access === 'edit' ? requireEdit(ctx.viewer, row, 'Document', id) : requireRead(ctx.viewer, row, 'Document', id);
}

/** A page of the documents the viewer may see, newest first; other modules may narrow it to some workspaces. */
export function listDocuments(ctx: ServiceContext, query: DocumentListQuery & { workspaceIds?: readonly string[] }): Promise<Page<DocumentSummary>> {
  const filter = {
    kind: query.kind,
    language: query.language,
    workspaceId: query.workspaceId,
    workspaceIds: query.workspaceIds,
    linked: query.linkedType && query.linkedId ? { type: query.linkedType, id: query.linkedId } : undefined,
    pendingReview: query.review === 'pending' ? hasPendingProposals : undefined,
  };
  return sortedPage(ctx, query, {
    column: 'sortDate',
    rows: (tx, ctx, window) => listDocumentRows(tx, ctx.viewer, filter, window),
    present: async (shown, tx) => {
      const pending = await countPendingProposals(tx, shown.map((row) => row.id));
      return (row) => presentDocumentSummary(row, pending.get(row.id) ?? 0);
    },
  });
}

/** How many documents the viewer may see. */
export async function countVisibleDocuments(ctx: ServiceContext): Promise<number> {
  return ctx.transaction((tx, ctx) => countDocumentRows(tx, ctx.viewer));
}

/** The headline of a report, else its first sentence, else its first line; as written (with its dashes and spaces). */
export function titleOf(text: string): string | null {
  const normalized = normalizeText(text);
  const found = findTitle(normalized, splitSentences(normalized));
  if (!found) return titleFromText(text);
  // The normalised text has the original's offsets: a headline is taken from the original.
  return withoutHeadingMarks(found.source === 'headline' ? text.slice(found.evidence.start, found.evidence.end) : found.title) || null;
}

/** Which language a text is in: as given, or detected from its words. */
function languageOf(requested: DocumentLanguage | 'auto', text: string): { language: DocumentLanguage; languageSource: 'given' | 'detected' } {
  if (requested !== 'auto') return { language: requested, languageSource: 'given' };
  return { language: detectLanguage(text).language, languageSource: 'detected' };
}

/** Checks that every record to link exists and the viewer may see it. */
async function linkIssues(tx: DbExecutor, ctx: ServiceContext, targets: LinkTarget[], field: string): Promise<FieldIssue[]> {
  if (targets.length === 0) return [];
  const titles = await findEntryTitles(tx, ctx.viewer, targets.map((target) => target.recordId));
  return targets.flatMap((target, index) =>
    titles.has(`${target.recordType}:${target.recordId}`) ? [] : [{ field: `${field}.${index}.recordId`, code: 'unknown_reference', message: `refers to no ${target.recordType.replaceAll('_', ' ')} you can see` }],
  );
}

export interface NewDocument extends Omit<DocumentCreate, 'title'> {
  title?: string;
  origin?: DocumentOrigin;
}

/** Refuses a text the workspace holds already, naming the document that holds it when the viewer may see it. */
export async function requireNewText(tx: DbExecutor, ctx: ServiceContext, workspaceId: string, hash: string | null, field: string, selfId?: string): Promise<void> {
  if (!hash) return;
  const existing = await findDocumentIdByHash(tx, workspaceId, hash);
  if (!existing || existing === selfId) return;
  const row = await findDocumentRow(tx, existing);
  const named = row && canRead(ctx.viewer, row) ? `"${row.title}" (${row.id})` : 'another document';
  throw documentConflict('document_text_exists', `This text is in the workspace already: ${named}`, { title: named }, [{ field, code: 'not_unique', message: `is the text of ${named} already` }]);
}

/**
 * Adds a document. Its language is detected unless given, its title taken from the text unless
 * given; with `extract`, proposals for review are extracted in the background (queued in the same transaction). The same
 * text cannot be added to a workspace twice (409 naming the document that has it).
 */
export async function createDocument(ctx: ServiceContext, input: NewDocument): Promise<DocumentDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    const row = await insertDocument(tx, ctx, input);
    return presentDetail(tx, ctx, row);
  });
}

/** The writing part of `createDocument`, for flows that add files or more in the same transaction. */
export async function insertDocument(tx: DbExecutor, ctx: ServiceContext, input: NewDocument): Promise<DocumentRow> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const text = tidyText(input.text);
  const hash = contentHash(text);
  const issues: FieldIssue[] = [];
  if (input.goodPractice && input.kind !== 'good_practice') issues.push({ field: 'body.goodPractice', code: 'invalid_option', message: 'is only for documents of the kind good_practice' });
  const title = input.title?.trim() || (text ? titleOf(text) : null);
  // A news item says when it was published in its dateline ("Leipzig, 12. Mai 2025.").
  const publishedOn = input.publishedOn ?? (text ? (findDateline(normalizeText(text))?.date ?? null) : null);
  // Without a text there is nothing to keep: the text is what is missing, not the (optional) title.
  if (!title) issues.push({ field: 'body.text', code: 'required', message: 'is required' });
  issues.push(...(await linkIssues(tx, ctx, input.links, 'body.links')));
  if (issues.length > 0) throw validationFailed(issues);
  await requireNewText(tx, ctx, input.workspaceId, hash, 'body.text');
  const values: DocumentInsert = {
    workspaceId: input.workspaceId,
    visibility: input.visibility,
    createdBy: userIdOf(ctx.viewer),
    kind: input.kind,
    ...languageOf(input.language, text),
    title: title!.slice(0, 500),
    text,
    sourceUrl: input.sourceUrl,
    publishedOn,
    sortDate: publishedOn ?? todayIso(),
    origin: input.origin ?? 'form',
    contentHash: hash,
    goodPractice: input.kind === 'good_practice' ? input.goodPractice : null,
  };
  let row = await insertDocumentRow(tx, values);
  for (const target of input.links) {
    await insertLinkRow(tx, { documentId: row.id, type: target.recordType, recordId: target.recordId, origin: 'manual', createdBy: userIdOf(ctx.viewer) });
  }
  if (input.extract && text) row = await requestExtraction(tx, row);
  await documentAudit.created(tx, ctx, row, { ...auditedDocument(row), links: input.links });
  return row;
}

export async function updateDocument(ctx: ServiceContext, id: string, changes: DocumentUpdate): Promise<DocumentDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findDocumentRow(tx, id), 'Document', id);
    const kind = changes.kind ?? before.kind;
    const issues: FieldIssue[] = [];
    if (changes.goodPractice && kind !== 'good_practice') issues.push({ field: 'body.goodPractice', code: 'invalid_option', message: 'is only for documents of the kind good_practice' });
    if (issues.length > 0) throw validationFailed(issues);
    const values: Partial<DocumentInsert> = {};
    if (changes.kind !== undefined) values.kind = changes.kind;
    if (changes.title !== undefined) values.title = changes.title;
    if (changes.sourceUrl !== undefined) values.sourceUrl = changes.sourceUrl;
    if (changes.visibility !== undefined) values.visibility = changes.visibility;
    if (changes.publishedOn !== undefined) {
      values.publishedOn = changes.publishedOn;
      values.sortDate = changes.publishedOn ?? before.createdAt.toISOString().slice(0, 10);
    }
    const text = changes.text !== undefined ? tidyText(changes.text) : before.text;
    if (changes.text !== undefined) {
      values.text = text;
      values.contentHash = contentHash(text);
      await requireNewText(tx, ctx, before.workspaceId, values.contentHash, 'body.text', id);
    }
    if (changes.language !== undefined) Object.assign(values, languageOf(changes.language, text));
    else if (changes.text !== undefined && before.languageSource === 'detected') Object.assign(values, languageOf('auto', text));
    if (changes.goodPractice !== undefined) values.goodPractice = changes.goodPractice;
    if (kind !== 'good_practice') values.goodPractice = null;
    const after = await updateDocumentRow(tx, id, values);
    await documentAudit.updated(tx, ctx, after, auditedDocument(before), auditedDocument(after));
    return presentDetail(tx, ctx, after);
  });
}

export async function deleteDocument(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findDocumentRow(tx, id), 'Document', id);
    await deleteDocumentRow(tx, id);
    await documentAudit.deleted(tx, ctx, before, auditedDocument(before));
  });
}

/**
 * Links a record the viewer may see to the document (linking it again changes nothing); in the
 * caller's transaction, for the review that links what it accepts.
 */
export async function linkRecordInTransaction(
  tx: DbExecutor,
  ctx: ServiceContext,
  document: DocumentRow,
  target: LinkTarget,
  origin: 'manual' | 'review',
  field = 'body.recordId',
): Promise<{ link: LinkView; created: boolean }> {
  const titles = await findEntryTitles(tx, ctx.viewer, [target.recordId]);
  if (!titles.has(`${target.recordType}:${target.recordId}`)) throw validationFailed([{ field, code: 'unknown_reference', message: `refers to no ${target.recordType.replaceAll('_', ' ')} you can see` }]);
  const { row, created } = await insertLinkRow(tx, { documentId: document.id, type: target.recordType, recordId: target.recordId, origin, createdBy: userIdOf(ctx.viewer) });
  if (created) {
    await documentAudit.updated(tx, ctx, document, null, { linked: { recordType: target.recordType, recordId: target.recordId, origin } });
  }
  return { link: presentLink(row, titles), created };
}

export async function linkRecord(ctx: ServiceContext, id: string, target: LinkTarget): Promise<{ link: LinkView; created: boolean }> {
  return ctx.transaction(async (tx, ctx) => {
    const document = requireEdit(ctx.viewer, await findDocumentRow(tx, id), 'Document', id);
    return linkRecordInTransaction(tx, ctx, document, target, 'manual');
  });
}

export async function unlinkRecord(ctx: ServiceContext, id: string, linkId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const document = requireEdit(ctx.viewer, await findDocumentRow(tx, id), 'Document', id);
    const link = await findLinkRow(tx, id, linkId);
    if (!link) throw notFound('Link', linkId);
    await deleteLinkRow(tx, linkId);
    const target = linkTargetOf(link);
    await documentAudit.updated(tx, ctx, document, { linked: { recordType: target.recordType, recordId: target.recordId, origin: link.origin } }, null);
  });
}

/** What ingesting and reviewing need of documents: text fingerprints, reading files, document rows. */
export { contentHash, tidyText } from './content-hash.js';
export { fileText, recogniseFile } from './file-text.js';
export {
  findDocumentIdByHash,
  findDocumentRow,
  findDocumentRowForUpdate,
  findExtractionStates,
  updateDocumentRow,
  type DocumentRow,
} from './documents.repository.js';
