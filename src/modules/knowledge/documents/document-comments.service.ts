import { canCoordinate, requireRead } from '../../../core/auth/policy.js';
import { userIdOf } from '../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { forbidden, notFound, unauthorized } from '../../../core/errors.js';
import { decodeSortCursor, toPage, type Page } from '../../../core/http/pagination.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { displayNamesByIds } from '../../accounts/display-name.service.js';
import { recordAuditEvent } from '../../audit/audit.service.js';
import {
  countNewComments,
  deleteCommentRow,
  findCommentRow,
  findDocumentRow,
  insertCommentRow,
  listCommentRows,
  updateCommentRow,
  type CommentRow,
  type DocumentRow,
} from './documents.repository.js';
import type { CommentView } from './documents.schemas.js';
import { canCommentOn, canReadComments } from './documents.service.js';
import { presentComment } from './documents.presenter.js';

/** A comment's change in the document's history, labelled with the document's title. */
async function auditComment(
  tx: DbExecutor,
  ctx: ServiceContext,
  document: DocumentRow,
  action: 'create' | 'update' | 'delete',
  commentId: string,
  before: object | null,
  after: object | null = null,
): Promise<void> {
  await recordAuditEvent(tx, ctx, { workspaceId: document.workspaceId, action, entityType: 'document_comment', entityId: commentId, label: document.title, before, after });
}

/** The document, when the viewer may take part in its conversation: 404 if unseen, 401/403 for those outside the workspace. */
async function conversation(tx: DbExecutor, ctx: ServiceContext, documentId: string, access: 'read' | 'write'): Promise<DocumentRow> {
  const document = requireRead(ctx.viewer, await findDocumentRow(tx, documentId), 'Document', documentId);
  if (ctx.viewer.kind === 'anonymous') throw unauthorized('Sign in to read and write comments');
  if (!canReadComments(ctx, document)) throw forbidden('Comments are for the members of the document’s workspace');
  if (access === 'write' && !canCommentOn(ctx, document)) throw forbidden('Guests and read-only tokens do not comment');
  return document;
}

const isModerator = (ctx: ServiceContext, document: DocumentRow) => canCoordinate(ctx.viewer, document.workspaceId);
const isAuthor = (ctx: ServiceContext, comment: CommentRow) => comment.authorUserId !== null && comment.authorUserId === userIdOf(ctx.viewer);

function present(ctx: ServiceContext, document: DocumentRow, comment: CommentRow, names: Map<string, string>): CommentView {
  const author = isAuthor(ctx, comment);
  return presentComment(comment, names, { moderator: isModerator(ctx, document), author, canEdit: author && canCommentOn(ctx, document) });
}

async function presentOne(ctx: ServiceContext, document: DocumentRow, comment: CommentRow): Promise<CommentView> {
  return present(ctx, document, comment, await displayNamesByIds(ctx, [comment.authorUserId]));
}

export async function listComments(ctx: ServiceContext, documentId: string, query: { limit: number; cursor?: string }): Promise<Page<CommentView> & { awaitingModeration: number }> {
  const after = decodeSortCursor(query.cursor, 'createdAt');
  return ctx.transaction(async (tx, ctx) => {
    const document = await conversation(tx, ctx, documentId, 'read');
    const rows = await listCommentRows(tx, documentId, { limit: query.limit, after });
    const names = await displayNamesByIds(ctx, rows.map((row) => row.authorUserId));
    const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id], (row) => present(ctx, document, row, names));
    return { ...page, awaitingModeration: isModerator(ctx, document) ? await countNewComments(tx, documentId) : 0 };
  });
}

/** A comment of a member; it shows at once as new, until a coordinator approves or hides it. Coordinators' own comments count as approved. */
export async function addComment(ctx: ServiceContext, documentId: string, body: string): Promise<CommentView> {
  return ctx.transaction(async (tx, ctx) => {
    const document = await conversation(tx, ctx, documentId, 'write');
    const moderator = isModerator(ctx, document);
    const row = await insertCommentRow(tx, {
      documentId,
      authorUserId: userIdOf(ctx.viewer),
      body,
      state: moderator ? 'approved' : 'new',
      ...(moderator ? { moderatedBy: userIdOf(ctx.viewer), moderatedAt: new Date() } : {}),
    });
    await auditComment(tx, ctx, document, 'create', row.id, null, { documentId, body });
    return presentOne(ctx, document, row);
  });
}

async function existingComment(tx: DbExecutor, documentId: string, commentId: string): Promise<CommentRow> {
  const comment = await findCommentRow(tx, documentId, commentId);
  if (!comment) throw notFound('Comment', commentId);
  return comment;
}

/** Authors change their words; a changed comment is new again, to be looked at once more. */
export async function editComment(ctx: ServiceContext, documentId: string, commentId: string, body: string): Promise<CommentView> {
  return ctx.transaction(async (tx, ctx) => {
    const document = await conversation(tx, ctx, documentId, 'write');
    const comment = await existingComment(tx, documentId, commentId);
    if (!isAuthor(ctx, comment)) throw forbidden('Only its author changes a comment');
    if (comment.state === 'hidden') throw forbidden('A hidden comment cannot be changed');
    const moderator = isModerator(ctx, document);
    const row = await updateCommentRow(tx, commentId, { body, editedAt: new Date(), state: moderator ? 'approved' : 'new' });
    await auditComment(tx, ctx, document, 'update', commentId, { body: comment.body, state: comment.state }, { body: row.body, state: row.state });
    return presentOne(ctx, document, row);
  });
}

/** Authors delete their comments; coordinators delete any. */
export async function deleteComment(ctx: ServiceContext, documentId: string, commentId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const document = await conversation(tx, ctx, documentId, 'read');
    const comment = await existingComment(tx, documentId, commentId);
    const mayDelete = isModerator(ctx, document) || (isAuthor(ctx, comment) && canCommentOn(ctx, document));
    if (!mayDelete) throw forbidden('Only its author and the coordinators delete a comment');
    await deleteCommentRow(tx, commentId);
    await auditComment(tx, ctx, document, 'delete', commentId, { documentId, body: comment.body, state: comment.state, authorUserId: comment.authorUserId });
  });
}

/** Coordinators hide a comment (with a note why) or approve it (a hidden one shows again). */
export async function moderateComment(ctx: ServiceContext, documentId: string, commentId: string, decision: { state: 'hidden' | 'approved'; note: string | null }): Promise<CommentView> {
  return ctx.transaction(async (tx, ctx) => {
    const document = requireRead(ctx.viewer, await findDocumentRow(tx, documentId), 'Document', documentId);
    if (ctx.viewer.kind === 'anonymous') throw unauthorized();
    if (!isModerator(ctx, document)) throw forbidden('Coordinators and owners moderate comments');
    const comment = await existingComment(tx, documentId, commentId);
    const row = await updateCommentRow(tx, commentId, { state: decision.state, moderatedBy: userIdOf(ctx.viewer), moderatedAt: new Date(), moderationNote: decision.note });
    await auditComment(tx, ctx, document, 'update', commentId, { state: comment.state, moderationNote: comment.moderationNote }, { state: row.state, moderationNote: row.moderationNote });
    return presentOne(ctx, document, row);
  });
}
