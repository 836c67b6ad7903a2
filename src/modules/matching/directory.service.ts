import { invalidField } from '../../core/errors.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { placeRefsByIds } from '../places/places.service.js';
import { countDirectoryByPlace, listDirectoryRows, type DirectoryRow } from './directory.repository.js';
import type { DirectoryEntry, DirectoryFilter, DirectoryPlace, DirectoryQuery } from './directory.schemas.js';
import { presentProfileSummary } from './matching.presenter.js';
import { findProfileRowsByIds } from './matching.repository.js';
import { profileReferences } from './matching.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireSizeRange(filter: DirectoryFilter): void {
  if (filter.minPopulation !== undefined && filter.maxPopulation !== undefined && filter.maxPopulation < filter.minPopulation) {
    throw invalidField('query.maxPopulation', 'too_small', 'must not be below the smallest size', { min: filter.minPopulation });
  }
}

/** The public directory of needs and offers: what owners published for everyone, newest first. */
export async function listDirectory(ctx: ServiceContext, query: DirectoryQuery): Promise<Page<DirectoryEntry>> {
  const { limit, cursor, ...filter } = query;
  requireSizeRange(filter);
  const position = decodeCursor(cursor, 2);
  const after = position ? { createdAt: String(position[0]), id: String(position[1]) } : undefined;
  if (after && (Number.isNaN(Date.parse(after.createdAt)) || !UUID.test(after.id))) {
    throw invalidField('query.cursor', 'invalid_cursor', 'is not a cursor returned by this list');
  }
  const { rows, profiles } = await ctx.transaction(async (tx, ctx) => {
    const rows = await listDirectoryRows(tx, ctx.viewer, filter, { limit, after });
    return { rows, profiles: await findProfileRowsByIds(tx, ctx.viewer, [...new Set(rows.map((row) => row.profile_id))]) };
  });
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const refs = await profileReferences(ctx, profiles, rows.map((row) => row.theme_id));
  const locations = await placeRefsByIds(ctx, rows.map((row) => row.location_id));
  const present = (row: DirectoryRow): DirectoryEntry => ({
    id: row.id,
    direction: row.direction,
    theme: refs.themes.get(row.theme_id) ?? null,
    kind: row.kind,
    description: row.description,
    urgency: row.urgency,
    until: row.until,
    profile: presentProfileSummary(byId.get(row.profile_id)!, refs),
    location: row.location_id ? (locations.get(row.location_id) ?? null) : null,
  });
  return toPage(rows, limit, (row) => [row.created_at, row.id], present);
}

/** The places of the filtered directory with their counts of needs and offers, one marker each. */
export async function directoryMap(ctx: ServiceContext, filter: DirectoryFilter): Promise<{ places: DirectoryPlace[] }> {
  requireSizeRange(filter);
  const counts = await ctx.transaction((tx, ctx) => countDirectoryByPlace(tx, ctx.viewer, filter));
  const places = await placeRefsByIds(ctx, counts.map((row) => row.place_id));
  return {
    places: counts.flatMap((row) => {
      const place = places.get(row.place_id);
      return place ? [{ place, needs: row.needs, offers: row.offers }] : [];
    }),
  };
}
