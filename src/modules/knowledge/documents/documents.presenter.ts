import { pickFields } from '../../../core/records/pick-fields.js';
import { recordPath } from '../search/search.service.js';
import type { SearchType } from '../search/search.types.js';
import { linkTargetOf, type CommentRow, type DocumentRow, type FileMetaRow, type LinkRow } from './documents.repository.js';
import type { CommentView, DocumentDetail, DocumentSummary, FileView, LinkView } from './documents.schemas.js';

const EXCERPT_LENGTH = 240;

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

export function presentDocumentSummary(row: DocumentRow, pendingProposals: number): DocumentSummary {
  return {
    ...pickFields(row, ['id', 'workspaceId', 'kind', 'language', 'title']),
    excerpt: excerptOf(row.text),
    ...pickFields(row, ['publishedOn', 'sortDate', 'visibility', 'origin']),
    pendingProposals,
    extractionState: row.extractionState,
  };
}

export function presentFile(documentId: string, row: FileMetaRow): FileView {
  return {
    ...pickFields(row, ['id', 'fileName', 'contentType', 'byteSize', 'sha256', 'textState', 'textLength', 'pageCount', 'textError']),
    createdAt: row.createdAt.toISOString(),
    url: `/api/documents/${documentId}/files/${row.id}`,
  };
}

export type LinkTitles = Map<string, { recordType: SearchType; title: Record<string, string>; kind: string | null }>;

export function presentLink(row: LinkRow, titles: LinkTitles): LinkView {
  const target = linkTargetOf(row);
  const entry = titles.get(`${target.recordType}:${target.recordId}`);
  return {
    id: row.id,
    recordType: target.recordType,
    recordId: target.recordId,
    origin: row.origin,
    title: entry?.title ?? null,
    kind: entry?.kind ?? null,
    path: recordPath(target.recordType, target.recordId),
  };
}

export interface DetailExtras {
  pendingProposals: number;
  files: FileMetaRow[];
  links: LinkRow[];
  titles: LinkTitles;
  access: Pick<DocumentDetail, 'canEdit' | 'canReadComments' | 'canComment' | 'canModerate'>;
}

export function presentDocumentDetail(row: DocumentRow, extras: DetailExtras): DocumentDetail {
  return {
    ...presentDocumentSummary(row, extras.pendingProposals),
    ...pickFields(row, ['languageSource', 'text', 'sourceUrl', 'goodPractice']),
    files: extras.files.map((file) => presentFile(row.id, file)),
    // Links to records the viewer may not see are left out.
    links: extras.links.map((link) => presentLink(link, extras.titles)).filter((link) => link.title !== null),
    extractedAt: row.extractedAt?.toISOString() ?? null,
    reviewOutdated: row.extractedFrom !== null && row.extractedFrom !== row.contentHash,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...extras.access,
  };
}

/** What the history keeps of a document (the text by its hash and length, not in full). */
export function auditedDocument(row: DocumentRow) {
  return {
    kind: row.kind,
    language: row.language,
    title: row.title,
    textLength: row.text.length,
    ...pickFields(row, ['contentHash', 'sourceUrl', 'publishedOn', 'visibility', 'goodPractice']),
  };
}

/** A comment as its reader sees it: a hidden comment's words and the moderation note only for its author and the moderators. */
export function presentComment(comment: CommentRow, names: Map<string, string>, reader: { moderator: boolean; author: boolean; canEdit: boolean }): CommentView {
  return {
    id: comment.id,
    body: comment.state === 'hidden' && !reader.moderator && !reader.author ? null : comment.body,
    state: comment.state,
    author: comment.authorUserId ? { id: comment.authorUserId, displayName: names.get(comment.authorUserId) ?? '' } : null,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    moderatedAt: comment.moderatedAt?.toISOString() ?? null,
    moderationNote: reader.moderator || reader.author ? comment.moderationNote : null,
    canEdit: reader.canEdit,
    canModerate: reader.moderator,
  };
}
