import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { partnershipParties, partnerships, partnershipThemes } from './partnerships.tables.js';
import { existsIn, findRowsIn, findRowsWhere, keysetPageRows, linksOf, recordRowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type PartyRow = typeof partnershipParties.$inferSelect;

export interface PartnershipFilter {
  kind?: PartnershipRow['kind'];
  status?: PartnershipRow['status'];
  placeId?: string;
  parentId?: string;
  themeId?: string;
  q?: string;
}

/** `%text%` for ILIKE, with the wildcards in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export async function listPartnershipRows(db: DbExecutor, viewer: Viewer, filter: PartnershipFilter, page: KeysetPage<'sortTitle'>): Promise<PartnershipRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, partnerships), ...equalFilters(filter, { kind: partnerships.kind, status: partnerships.status, parentId: partnerships.parentId })];
  if (filter.q) conditions.push(sql`EXISTS (SELECT 1 FROM jsonb_each_text(${partnerships.title}) AS t(language, text) WHERE t.text ILIKE ${containing(filter.q)})`);
  if (filter.placeId) {
    conditions.push(existsIn(db, partnershipParties, eq(partnershipParties.partnershipId, partnerships.id), eq(partnershipParties.placeId, filter.placeId)));
  }
  if (filter.themeId) {
    conditions.push(existsIn(db, partnershipThemes, eq(partnershipThemes.partnershipId, partnerships.id), eq(partnershipThemes.themeId, filter.themeId)));
  }
  return keysetPageRows(db, partnerships, 'sortTitle', conditions, page);
}

export const { visibleByIds: findPartnershipsByIds, find: findPartnershipRow, insert: insertPartnership, update: updatePartnershipRow, remove: deletePartnershipRow } = recordRowsOf(partnerships);

export function findChildPartnershipRows(db: DbExecutor, viewer: Viewer, parentId: string): Promise<PartnershipRow[]> {
  return findRowsWhere(db, partnerships, and(eq(partnerships.parentId, parentId), visibleTo(viewer, partnerships)), asc(partnerships.sortTitle));
}

export function findPartyRows(db: DbExecutor, partnershipIds: string[]): Promise<PartyRow[]> {
  return findRowsIn(db, partnershipParties, partnershipParties.partnershipId, partnershipIds, asc(partnershipParties.position), asc(partnershipParties.id));
}

/**
 * Makes the parties those given, in that order. A party that stays keeps its row (and so the
 * project group members on its side); the others are removed or added.
 */
export async function replaceParties(
  db: DbExecutor,
  partnershipId: string,
  parties: { placeId?: string; organizationId?: string }[],
): Promise<void> {
  const current = await findPartyRows(db, [partnershipId]);
  const keyOf = (party: { placeId?: string | null; organizationId?: string | null }) => party.placeId ?? `o:${party.organizationId}`;
  const wanted = new Map(parties.map((party, position) => [keyOf(party), { party, position }]));
  const gone = current.filter((row) => !wanted.has(keyOf(row))).map((row) => row.id);
  if (gone.length > 0) await db.delete(partnershipParties).where(inArray(partnershipParties.id, gone));
  const kept = new Map(current.filter((row) => wanted.has(keyOf(row))).map((row) => [keyOf(row), row]));
  for (const [key, { party, position }] of wanted) {
    const row = kept.get(key);
    if (row) {
      if (row.position !== position) await db.update(partnershipParties).set({ position }).where(eq(partnershipParties.id, row.id));
    } else {
      await db.insert(partnershipParties).values({ partnershipId, placeId: party.placeId ?? null, organizationId: party.organizationId ?? null, position });
    }
  }
}

export const { idsByRecord: findPartnershipThemeIds, replace: replacePartnershipThemeIds } = linksOf(partnershipThemes, 'partnershipId', 'themeId');

/** How many partnerships the viewer may see, and how many places take part in them as parties. */
export async function countPartnershipRows(db: DbExecutor, viewer: Viewer): Promise<{ partnerships: number; places: number }> {
  const [row] = await db
    .select({
      partnerships: sql<number>`count(DISTINCT ${partnerships.id})::int`,
      places: sql<number>`count(DISTINCT ${partnershipParties.placeId})::int`,
    })
    .from(partnerships)
    .leftJoin(partnershipParties, eq(partnershipParties.partnershipId, partnerships.id))
    .where(visibleTo(viewer, partnerships));
  return { partnerships: row?.partnerships ?? 0, places: row?.places ?? 0 };
}

/** Partnerships of this kind the viewer may see that join both places. */
export async function findPartnershipsJoining(db: DbExecutor, viewer: Viewer, kind: PartnershipRow['kind'], placeIds: [string, string]): Promise<PartnershipRow[]> {
  return db
    .select()
    .from(partnerships)
    .where(
      and(
        visibleTo(viewer, partnerships),
        eq(partnerships.kind, kind),
        sql`(SELECT count(DISTINCT ${partnershipParties.placeId}) FROM ${partnershipParties} WHERE ${partnershipParties.partnershipId} = ${partnerships.id} AND ${partnershipParties.placeId} IN (${placeIds[0]}, ${placeIds[1]})) = 2`,
      ),
    );
}

/** The public partnerships, by title, for the open data package. */
export function findPublicPartnershipRows(db: DbExecutor): Promise<PartnershipRow[]> {
  return findRowsWhere(db, partnerships, eq(partnerships.visibility, 'public'), asc(partnerships.sortTitle), asc(partnerships.id));
}

/** The parties of these partnerships in the order they were entered. */
export function findPartyRowsInEntryOrder(db: DbExecutor, partnershipIds: string[]): Promise<PartyRow[]> {
  return findRowsIn(db, partnershipParties, partnershipParties.partnershipId, partnershipIds, asc(partnershipParties.id));
}
