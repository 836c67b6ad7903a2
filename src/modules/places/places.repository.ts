import { and, asc, count, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { startsWith } from './place-names.repository.js';
import { placeNames, places } from './places.tables.js';
import { idIn } from '../../core/db/id-list.js';
import { existsIn, findRowWhere, keysetPageRows, recordRowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';
import { isSelfOrDescendantIn } from '../../core/db/tree.js';

export type PlaceRow = typeof places.$inferSelect;
export type PlaceInsert = typeof places.$inferInsert;

/** Every column but the boundary geometry, which can be large and no list or link shows. */
const { boundary: _boundary, ...placeColumnsWithoutBoundary } = getTableColumns(places);
export type PlaceRowWithoutBoundary = Omit<PlaceRow, 'boundary'>;

/** The places among these the viewer may see, without their boundaries. */
export async function findPlacesByIds(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<PlaceRowWithoutBoundary[]> {
  if (ids.length === 0) return [];
  return db
    .select(placeColumnsWithoutBoundary)
    .from(places)
    .where(and(idIn(places.id, ids), visibleTo(viewer, places)));
}

export const { visibleByIds: findWholePlacesByIds, find: findPlaceRow, insert: insertPlaceRow, update: updatePlaceRow, remove: deletePlaceRow } = recordRowsOf(places);

export interface PlaceFilter {
  country?: string;
  kind?: PlaceRow['kind'];
  parentId?: string;
  /** Folded key prefix a name of the place must start with. */
  searchKeyPrefix?: string;
}

export async function listPlaceRows(db: DbExecutor, viewer: Viewer, filter: PlaceFilter, page: KeysetPage<'sortName'>): Promise<PlaceRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, places), ...equalFilters(filter, { country: places.countryCode, kind: places.kind, parentId: places.parentId })];
  if (filter.searchKeyPrefix) {
    conditions.push(existsIn(db, placeNames, eq(placeNames.placeId, places.id), startsWith(placeNames.searchKey, filter.searchKeyPrefix)));
  }
  return keysetPageRows(db, places, 'sortName', conditions, page);
}

/** The chain of parents from the root down to the direct parent (a tree is at most a few levels deep). */
export async function findAncestorRows(db: DbExecutor, place: PlaceRow): Promise<PlaceRow[]> {
  if (!place.parentId) return [];
  const result = await db.execute<{ id: string; depth: number }>(sql`
    WITH RECURSIVE chain(id, parent_id, depth) AS (
      SELECT id, parent_id, 1 FROM places WHERE id = ${place.parentId}
      UNION ALL
      SELECT p.id, p.parent_id, chain.depth + 1 FROM places p JOIN chain ON p.id = chain.parent_id WHERE chain.depth < 10
    )
    SELECT id, depth FROM chain`);
  const depthById = new Map(result.rows.map((row) => [row.id, Number(row.depth)]));
  const rows = await db.select().from(places).where(inArray(places.id, [...depthById.keys()]));
  return rows.sort((a, b) => depthById.get(b.id)! - depthById.get(a.id)!);
}

/** Whether `candidate` is `place` itself or lies below it. */
export function isSelfOrDescendant(db: DbExecutor, placeId: string, candidateId: string): Promise<boolean> {
  return isSelfOrDescendantIn(db, places, placeId, candidateId);
}

export async function findChildRows(db: DbExecutor, viewer: Viewer, parentId: string, limit: number): Promise<PlaceRow[]> {
  return db
    .select()
    .from(places)
    .where(and(eq(places.parentId, parentId), visibleTo(viewer, places)))
    .orderBy(desc(sql`coalesce(${places.population}, 0)`), asc(places.sortName))
    .limit(limit);
}

export async function countChildRows(db: DbExecutor, viewer: Viewer, parentId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(places)
    .where(and(eq(places.parentId, parentId), visibleTo(viewer, places)));
  return row?.n ?? 0;
}

export const findPlaceByGeonamesId = (db: DbExecutor, viewer: Viewer, geonamesId: number): Promise<PlaceRow | undefined> => findRowWhere(db, places, and(eq(places.geonamesId, geonamesId), visibleTo(viewer, places)));

/** The ids of a place and of the places inside it (a town, its districts, their quarters), as a subquery. */
export function placeIdsWithin(placeId: string): SQL {
  return sql`WITH RECURSIVE inside(id, depth) AS (
      SELECT ${placeId}::uuid, 0
      UNION ALL SELECT child.id, inside.depth + 1 FROM ${places} child JOIN inside ON child.parent_id = inside.id WHERE inside.depth < 4
    ) SELECT id FROM inside`;
}

/** The public places among these, for the open data package. */
export async function findPublicPlaceRows(db: DbExecutor, ids: string[]): Promise<PlaceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(places)
    .where(and(idIn(places.id, ids), eq(places.visibility, 'public')))
    .orderBy(asc(places.sortName), asc(places.id));
}
