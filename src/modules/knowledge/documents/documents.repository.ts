import { and, asc, eq, getTableColumns, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { idIn } from '../../../core/db/id-list.js';
import { visibleTo } from '../../../core/records/record-visibility.js';
import { documentComments, documentFiles, documentLinks, documents } from './documents.tables.js';
import { type LinkType } from './documents.types.js';
import { countVisibleRows, findRowsWhere, findRowWhere, insertRow, keysetPageRows, recordRowsOf, timelineRows, type TimelineWindow } from '../../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../../core/db/list-filters.js';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentInsert = typeof documents.$inferInsert;
export type FileRow = typeof documentFiles.$inferSelect;
export type FileMetaRow = Omit<FileRow, 'data' | 'extractedText'> & { textLength: number };
export type LinkRow = typeof documentLinks.$inferSelect;
export type CommentRow = typeof documentComments.$inferSelect;

/** The column of `document_links` that holds a link to each kind of record. */
export const LINK_COLUMNS: Record<LinkType, PgColumn> = {
  partnership: documentLinks.partnershipId,
  exchange: documentLinks.exchangeId,
  network: documentLinks.networkId,
  place: documentLinks.placeId,
  organization: documentLinks.organizationId,
  person: documentLinks.personId,
  project: documentLinks.projectId,
  action_plan: documentLinks.actionPlanId,
  funding_programme: documentLinks.fundingProgrammeId,
  theme: documentLinks.themeId,
};

const LINK_KEYS: Record<LinkType, keyof LinkRow> = {
  partnership: 'partnershipId',
  exchange: 'exchangeId',
  network: 'networkId',
  place: 'placeId',
  organization: 'organizationId',
  person: 'personId',
  project: 'projectId',
  action_plan: 'actionPlanId',
  funding_programme: 'fundingProgrammeId',
  theme: 'themeId',
};

/** The column of a link that points to the record, with its id: `{ placeId: … }`. */
export const linkColumnOf = (type: LinkType, recordId: string) => ({ [LINK_KEYS[type]]: recordId });

/** The record a link points to. */
export function linkTargetOf(row: LinkRow): { recordType: LinkType; recordId: string } {
  for (const [type, key] of Object.entries(LINK_KEYS) as [LinkType, keyof LinkRow][]) {
    const value = row[key];
    if (typeof value === 'string') return { recordType: type, recordId: value };
  }
  throw new Error(`document link ${row.id} points nowhere`);
}

export const { visibleByIds: findDocumentsByIds, find: findDocumentRow, insert: insertDocumentRow, update: updateDocumentRow, remove: deleteDocumentRow } = recordRowsOf(documents);

export async function findExtractionStates(db: DbExecutor, ids: string[]): Promise<DocumentRow['extractionState'][]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ state: documents.extractionState }).from(documents).where(idIn(documents.id, ids));
  return rows.map((row) => row.state);
}

export async function findDocumentRowForUpdate(db: DbExecutor, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id)).for('update');
  return row;
}

/** A document of the workspace with this text already (by content hash), whoever may see it. */
export async function findDocumentIdByHash(db: DbExecutor, workspaceId: string, contentHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.workspaceId, workspaceId), eq(documents.contentHash, contentHash)));
  return row?.id;
}

export interface DocumentFilter {
  kind?: DocumentRow['kind'];
  language?: DocumentRow['language'];
  workspaceId?: string;
  /** Only documents of these workspaces. */
  workspaceIds?: readonly string[];
  linked?: { type: LinkType; id: string };
  /** Only documents with proposals awaiting review: the review module's condition on the document's id. */
  pendingReview?: (documentId: typeof documents.id) => SQL;
}

/** Newest first (publication date, else the day added), keyset-paginated. */
export async function listDocumentRows(db: DbExecutor, viewer: Viewer, filter: DocumentFilter, page: KeysetPage<'sortDate'>): Promise<DocumentRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, documents), ...equalFilters(filter, { kind: documents.kind, language: documents.language, workspaceId: documents.workspaceId })];
  if (filter.workspaceIds) conditions.push(idIn(documents.workspaceId, filter.workspaceIds));
  if (filter.linked) {
    const column = LINK_COLUMNS[filter.linked.type];
    conditions.push(sql`EXISTS (SELECT 1 FROM ${documentLinks} WHERE ${column} = ${filter.linked.id} AND ${documentLinks.documentId} = ${documents.id})`);
  }
  if (filter.pendingReview) {
    conditions.push(filter.pendingReview(documents.id));
  }
  return keysetPageRows(db, documents, 'sortDate', conditions, page, true);
}

/** How many documents the viewer may see. */
export function countDocumentRows(db: DbExecutor, viewer: Viewer): Promise<number> {
  return countVisibleRows(db, viewer, documents);
}

const { data: _data, extractedText: _text, ...fileMetaColumns } = getTableColumns(documentFiles);

export async function findFileMetaRows(db: DbExecutor, documentId: string): Promise<FileMetaRow[]> {
  return db
    .select({ ...fileMetaColumns, textLength: sql<number>`coalesce(length(${documentFiles.extractedText}), 0)::int` })
    .from(documentFiles)
    .where(eq(documentFiles.documentId, documentId))
    .orderBy(asc(documentFiles.createdAt), asc(documentFiles.id));
}

export const findFileRow = (db: DbExecutor, documentId: string, fileId: string): Promise<FileRow | undefined> => findRowWhere(db, documentFiles, and(eq(documentFiles.id, fileId), eq(documentFiles.documentId, documentId)));

export async function insertFileRow(db: DbExecutor, values: typeof documentFiles.$inferInsert): Promise<FileMetaRow> {
  const [row] = await db
    .insert(documentFiles)
    .values(values)
    .returning({ ...fileMetaColumns, textLength: sql<number>`coalesce(length(${documentFiles.extractedText}), 0)::int` });
  return row!;
}

export async function deleteFileRow(db: DbExecutor, fileId: string): Promise<void> {
  await db.delete(documentFiles).where(eq(documentFiles.id, fileId));
}

export function findLinkRows(db: DbExecutor, documentId: string): Promise<LinkRow[]> {
  return findRowsWhere(db, documentLinks, eq(documentLinks.documentId, documentId), asc(documentLinks.createdAt), asc(documentLinks.id));
}

export const findLinkRow = (db: DbExecutor, documentId: string, linkId: string): Promise<LinkRow | undefined> => findRowWhere(db, documentLinks, and(eq(documentLinks.id, linkId), eq(documentLinks.documentId, documentId)));

/** Links the record unless it is linked already; returns the link either way. */
export async function insertLinkRow(
  db: DbExecutor,
  values: { documentId: string; type: LinkType; recordId: string; origin: LinkRow['origin']; createdBy: string | null },
): Promise<{ row: LinkRow; created: boolean }> {
  const column = LINK_COLUMNS[values.type];
  const [existing] = await db
    .select()
    .from(documentLinks)
    .where(and(eq(documentLinks.documentId, values.documentId), eq(column, values.recordId), isNotNull(column)));
  if (existing) return { row: existing, created: false };
  const [row] = await db
    .insert(documentLinks)
    .values({ documentId: values.documentId, ...linkColumnOf(values.type, values.recordId), origin: values.origin, createdBy: values.createdBy })
    .returning();
  return { row: row!, created: true };
}

export async function deleteLinkRow(db: DbExecutor, linkId: string): Promise<void> {
  await db.delete(documentLinks).where(eq(documentLinks.id, linkId));
}

export async function listCommentRows(db: DbExecutor, documentId: string, page: { limit: number; after?: { createdAt: string; id: string } }): Promise<CommentRow[]> {
  // The cursor holds milliseconds, PostgreSQL keeps microseconds: both sides compare at the cursor's precision.
  const createdAt = sql`date_trunc('milliseconds', ${documentComments.createdAt})`;
  const conditions: (SQL | undefined)[] = [eq(documentComments.documentId, documentId)];
  if (page.after) {
    const at = new Date(page.after.createdAt).toISOString();
    conditions.push(sql`(${createdAt}, ${documentComments.id}) > (${at}::timestamptz, ${page.after.id}::uuid)`);
  }
  return db
    .select()
    .from(documentComments)
    .where(and(...conditions))
    .orderBy(asc(createdAt), asc(documentComments.id))
    .limit(page.limit + 1);
}

export async function countNewComments(db: DbExecutor, documentId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(documentComments)
    .where(and(eq(documentComments.documentId, documentId), eq(documentComments.state, 'new')));
  return row?.count ?? 0;
}

export const findCommentRow = (db: DbExecutor, documentId: string, commentId: string): Promise<CommentRow | undefined> => findRowWhere(db, documentComments, and(eq(documentComments.id, commentId), eq(documentComments.documentId, documentId)));

export const insertCommentRow = (db: DbExecutor, values: typeof documentComments.$inferInsert): Promise<CommentRow> => insertRow(db, documentComments, values);

export async function updateCommentRow(db: DbExecutor, commentId: string, values: Partial<typeof documentComments.$inferInsert>): Promise<CommentRow> {
  const [row] = await db.update(documentComments).set(values).where(eq(documentComments.id, commentId)).returning();
  return row!;
}

export async function deleteCommentRow(db: DbExecutor, commentId: string): Promise<void> {
  await db.delete(documentComments).where(eq(documentComments.id, commentId));
}

/** Documents linked to a partnership, in timeline order (by their date), beyond a position. */
export function listPartnershipDocumentRows(db: DbExecutor, viewer: Viewer, partnershipId: string, window: TimelineWindow): Promise<DocumentRow[]> {
  const linked = sql`EXISTS (SELECT 1 FROM ${documentLinks} WHERE ${documentLinks.partnershipId} = ${partnershipId} AND ${documentLinks.documentId} = ${documents.id})`;
  return timelineRows(db, documents, documents.sortDate, [linked, visibleTo(viewer, documents)], window);
}
