import { inArray } from 'drizzle-orm';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { users } from '../accounts/users.tables.js';
import { findUndoOf, listEntityEvents } from './audit.repository.js';
import type { HistoryEntry, HistoryQuery } from './audit.schemas.js';

/**
 * The changes of one record, newest first: what the viewer's workspaces recorded (members see the
 * history of their workspaces). Merges say whether they were undone.
 */
export async function listHistory(ctx: ServiceContext, query: HistoryQuery): Promise<Page<HistoryEntry>> {
  const cursor = decodeCursor(query.cursor, 1);
  return ctx.transaction(async (tx) => {
    const rows = await listEntityEvents(tx, query, { limit: query.limit, beforeId: cursor ? Number(cursor[0]) : undefined });
    const shown = rows.slice(0, query.limit);
    const actorIds = [...new Set(shown.map((row) => row.actorUserId).filter((id): id is string => id !== null))];
    const actors = actorIds.length === 0 ? [] : await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, actorIds));
    const names = new Map(actors.map((actor) => [actor.id, actor.name]));
    const undone = new Set<number>();
    for (const row of shown) {
      const mergedId = row.action === 'merge' ? (row.after as { mergedRecordId?: string } | null)?.mergedRecordId : undefined;
      if (mergedId && (await findUndoOf(tx, row, mergedId))) undone.add(row.id);
    }
    return toPage(rows, query.limit, (row) => [row.id], (row) => {
      const after = row.after as Record<string, unknown> | null;
      const mergedRecordId = row.action === 'merge' ? String(after?.mergedRecordId ?? '') || null : null;
      return {
        id: row.id,
        occurredAt: row.occurredAt.toISOString(),
        action: row.action,
        actorKind: row.actorKind,
        actorName: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
        label: row.label,
        before: row.before,
        // A merge keeps the raw record for its undo; the entry shows what changed, not the internals.
        after: row.action === 'merge' ? { mergedInto: after?.mergedInto ?? null, into: after?.into ?? null } : after,
        mergedRecordId,
        undone: undone.has(row.id),
      };
    });
  });
}
