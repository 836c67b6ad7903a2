import { and, inArray } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../workspaces/record-visibility.js';
import { places } from './places.tables.js';

export type PlaceRow = typeof places.$inferSelect;

export async function findPlacesByIds(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<PlaceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(places)
    .where(and(inArray(places.id, ids), visibleTo(viewer, places)));
}
