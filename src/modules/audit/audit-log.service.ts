import { canReviewHistory, roleIn, type ScopedRecord } from '../../core/auth/policy.js';
import { forbidden, notFound, unauthorized } from '../../core/errors.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { presentAuditEvent } from './audit.presenter.js';
import { listAuditEvents, type AuditFilter } from './audit.repository.js';
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
  const rows = await ctx.transaction((tx) =>
    listAuditEvents(tx, filter, {
      limit,
      before: position ? { occurredAt: new Date(String(position[0])), id: Number(position[1]) } : undefined,
    }),
  );
  return toPage(rows, limit, (row) => [row.occurredAt.toISOString(), row.id], presentAuditEvent);
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
  let cursor: string | undefined;
  do {
    const page = await pageOfEvents(ctx, { ...filterFrom(query), workspaceId }, 1000, cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The changes of one record, for members of its workspace. The caller has checked that the
 * viewer may read the record (its module's requireRead).
 */
export async function recordHistory(
  ctx: ServiceContext,
  record: ScopedRecord & { id: string },
  entityType: string,
  query: { limit: number; cursor?: string },
): Promise<Page<AuditEventView>> {
  if (ctx.viewer.kind === 'anonymous') throw unauthorized('Sign in to see the history');
  if (ctx.viewer.kind === 'user' && !roleIn(ctx.viewer, record.workspaceId)) {
    throw forbidden('The history is visible to members of the workspace the record belongs to');
  }
  return pageOfEvents(ctx, { entityType, entityId: record.id }, query.limit, query.cursor);
}
