import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client.js';
import { matchingItems } from '../../src/modules/matching/matching.tables.js';
import { themes } from '../../src/modules/themes/themes.tables.js';
import { REFERENCE_WORKSPACE_ID } from '../../src/core/records/reference-workspace.js';
import { createMatchingProfileRecord } from './matching-specs.js';
import type { RouteSpec } from './route-specs.js';

async function firstNeedOf(db: Db, profileId: string): Promise<string> {
  const [row] = await db.select({ id: matchingItems.id }).from(matchingItems).where(and(eq(matchingItems.profileId, profileId), eq(matchingItems.direction, 'need')));
  return row!.id;
}

async function themeId(db: Db, slug: string): Promise<string> {
  const [row] = await db
    .select({ id: themes.id })
    .from(themes)
    .where(and(eq(themes.workspaceId, REFERENCE_WORKSPACE_ID), eq(themes.slug, slug)));
  return row!.id;
}

/** Matching: the public directory of needs and offers and its map, and changing a need or offer. */
export const MATCHING_DIRECTORY_SPECS: Record<string, RouteSpec> = {
  'GET /api/matching/directory': { access: 'anyone', ok: 200, request: () => ({ url: '/api/matching/directory?direction=need&country=UA' }) },
  'GET /api/matching/directory/places': { access: 'anyone', ok: 200, request: () => ({ url: '/api/matching/directory/places?direction=offer' }) },
  'PATCH /api/matching/profiles/:id/items/:itemId': {
    access: 'edit-record',
    ok: 200,
    record: createMatchingProfileRecord,
    request: async ({ db, recordId }) => ({
      url: `/api/matching/profiles/${recordId}/items/${await firstNeedOf(db, recordId)}`,
      payload: { urgency: 'high', themeId: await themeId(db, 'renewable-energy') },
    }),
  },
};
