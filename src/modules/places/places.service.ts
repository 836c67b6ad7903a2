import type { ServiceContext } from '../../core/service-context.js';
import { presentPlaceRef } from './places.presenter.js';
import { findPlacesByIds } from './places.repository.js';
import type { PlaceRef } from './places.schemas.js';

/** Short descriptions of the places other modules link to, for the ones the viewer may see. */
export async function placeRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, PlaceRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx) => findPlacesByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentPlaceRef(row)]));
}
