import { canReviewHistory, requireRead, roleIn, type ScopedRecord } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { forbidden, notFound, unauthorized } from '../../core/errors.js';
import { decodeCursor, everyPage, type Page, toPage } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { presentAuditEvent } from './audit.presenter.js';
import { listAuditEvents, undoneMerges, type AuditFilter } from './audit.repository.js';
import { referencedIds, referencesOf } from './record-references.js';
import type { AuditEventView, WorkspaceAuditExportQuery, WorkspaceAuditQuery } from './audit.schemas.js';

const DAY = 24 * 3600 * 1000;

function filterFrom(query: WorkspaceAuditExportQuery): Omit<AuditFilter, 'workspaceId'> {
  return {
    entityType: query.entityType,
    entityId: query.entityId,
    actorUserId: query.actorId,
    action: query.action,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    until: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY) : undefined,
  };
}

async function pageOfEvents(ctx: ServiceContext, filter: AuditFilter, limit: number, cursor?: string): Promise<Page<AuditEventView>> {
  const position = decodeCursor(cursor, 2);
  const { rows, undone } = await ctx.transaction(async (tx) => {
    const rows = await listAuditEvents(tx, filter, {
      limit,
      before: position ? { occurredAt: new Date(String(position[0])), id: Number(position[1]) } : undefined,
    });
    return { rows, undone: await undoneMerges(tx, rows) };
  });
  const page = toPage(rows, limit, (row) => [row.occurredAt.toISOString(), row.id], (row) => presentAuditEvent(row, undone));
  const references = await referencesOf(ctx, referencedIds(page.items.flatMap((event) => [event.before, event.after])));
  return {
    ...page,
    items: page.items.map((event) => ({
      ...event,
      references: [...referencedIds([event.before, event.after])].flatMap((id) => references.get(id) ?? []),
    })),
  };
}

function requireReviewer(ctx: ServiceContext, workspaceId: string): void {
  if (ctx.viewer.kind === 'anonymous') throw unauthorized();
  if (!roleIn(ctx.viewer, workspaceId)) throw notFound('Workspace', workspaceId);
  if (!canReviewHistory(ctx.viewer, workspaceId)) throw forbidden('The audit log is for owners and coordinators');
}

/** Every change in a workspace, newest first, for its owners and coordinators. */
export async function workspaceAuditLog(ctx: ServiceContext, workspaceId: string, query: WorkspaceAuditQuery): Promise<Page<AuditEventView>> {
  requireReviewer(ctx, workspaceId);
  return pageOfEvents(ctx, { ...filterFrom(query), workspaceId }, query.limit, query.cursor);
}

/** The same log in pages of a thousand, for export without holding it all in memory. */
export async function* workspaceAuditExport(ctx: ServiceContext, workspaceId: string, query: WorkspaceAuditExportQuery): AsyncGenerator<AuditEventView> {
  requireReviewer(ctx, workspaceId);
  for await (const events of everyPage((cursor) => pageOfEvents(ctx, { ...filterFrom(query), workspaceId }, 1000, cursor))) yield* events;
}

/**
 * The changes of one record the viewer may read, newest first: those recorded in workspaces the
 * viewer belongs to (row-level security keeps out the rest). Merges say whether they were undone.
 */
export async function recordHistory(
  ctx: ServiceContext,
  entity: { entityType: string; what: string; id: string; load: (tx: DbExecutor) => Promise<ScopedRecord | undefined>; parts?: AuditFilter['parts'] },
  query: { limit: number; cursor?: string },
): Promise<Page<AuditEventView>> {
  await ctx.transaction(async (tx) => requireRead(ctx.viewer, await entity.load(tx), entity.what, entity.id));
  if (ctx.viewer.kind === 'anonymous') throw unauthorized('Sign in to see the history');
  return pageOfEvents(ctx, { entityType: entity.entityType, entityId: entity.id, parts: entity.parts }, query.limit, query.cursor);
}
