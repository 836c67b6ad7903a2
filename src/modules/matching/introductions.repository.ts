import { and, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { UiLanguage } from '../accounts/accounts.types.js';
import { matchingIntroductions, type IntroductionState } from './introductions.tables.js';
import { rowsOf } from '../../core/db/rows.js';
import { equalFilters } from '../../core/db/list-filters.js';

export type IntroductionRow = typeof matchingIntroductions.$inferSelect;
export type IntroductionInsert = typeof matchingIntroductions.$inferInsert;

/** The SQL form of `canReadIntroduction`: asked for by, or a side of, one of the viewer's workspaces. */
export function introductionVisibleTo(viewer: Viewer): SQL {
  if (viewer.kind === 'system') return sql`true`;
  if (viewer.kind === 'anonymous' || viewer.roles.size === 0) return sql`false`;
  const memberOf = [...viewer.roles.keys()];
  return or(
    inArray(matchingIntroductions.workspaceId, memberOf),
    inArray(matchingIntroductions.fromWorkspaceId, memberOf),
    inArray(matchingIntroductions.toWorkspaceId, memberOf),
  )!;
}

export async function findIntroductionRow(db: DbExecutor, id: string, forUpdate = false): Promise<IntroductionRow | undefined> {
  const query = db.select().from(matchingIntroductions).where(eq(matchingIntroductions.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listIntroductionRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: { workspaceId?: string; requestedBy?: string; state?: IntroductionState; limit: number },
): Promise<IntroductionRow[]> {
  const conditions: (SQL | undefined)[] = [introductionVisibleTo(viewer), ...equalFilters(filter, { requestedBy: matchingIntroductions.workspaceId, state: matchingIntroductions.state })];
  if (filter.workspaceId) {
    conditions.push(
      or(
        eq(matchingIntroductions.workspaceId, filter.workspaceId),
        eq(matchingIntroductions.fromWorkspaceId, filter.workspaceId),
        eq(matchingIntroductions.toWorkspaceId, filter.workspaceId),
      ),
    );
  }
  return db
    .select()
    .from(matchingIntroductions)
    .where(and(...conditions))
    .orderBy(desc(matchingIntroductions.updatedAt), desc(matchingIntroductions.id))
    .limit(filter.limit);
}

export async function countIntroductionsByState(db: DbExecutor, viewer: Viewer, workspaceId: string): Promise<Map<IntroductionState, number>> {
  const rows = await db
    .select({ state: matchingIntroductions.state, count: count() })
    .from(matchingIntroductions)
    .where(and(introductionVisibleTo(viewer), eq(matchingIntroductions.workspaceId, workspaceId)))
    .groupBy(matchingIntroductions.state);
  return new Map(rows.map((row) => [row.state, row.count]));
}

/** An introduction between the two profiles that is neither declined nor finished. */
export async function findOpenIntroductionBetween(db: DbExecutor, profileIds: [string, string]): Promise<IntroductionRow | undefined> {
  const [a, b] = profileIds;
  const [row] = await db
    .select()
    .from(matchingIntroductions)
    .where(
      and(
        inArray(matchingIntroductions.state, ['requested', 'accepted', 'met']),
        or(
          and(eq(matchingIntroductions.fromProfileId, a), eq(matchingIntroductions.toProfileId, b)),
          and(eq(matchingIntroductions.fromProfileId, b), eq(matchingIntroductions.toProfileId, a)),
        ),
      ),
    )
    .limit(1);
  return row;
}

export const { insert: insertIntroductionRow, update: updateIntroductionRow } = rowsOf(matchingIntroductions);

export interface IntroductionRecipient {
  email: string;
  language: UiLanguage;
  displayName: string;
}

/** Owners, coordinators and the profile's publisher on one side (migration matching_introductions_row_level_security). */
export async function findIntroductionRecipients(db: DbExecutor, introductionId: string, sideWorkspaceId: string): Promise<IntroductionRecipient[]> {
  const result = await db.execute<{ email: string; language: UiLanguage; display_name: string }>(
    sql`SELECT email, language, display_name FROM app_introduction_recipients(${introductionId}::uuid, ${sideWorkspaceId}::uuid)`,
  );
  return result.rows.map((row) => ({ email: row.email, language: row.language, displayName: row.display_name }));
}
