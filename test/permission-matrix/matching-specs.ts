import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { matchingItems, matchingProfiles } from '../../src/modules/matching/matching.tables.js';
import { themes } from '../../src/modules/themes/themes.tables.js';
import { REFERENCE_WORKSPACE_ID } from '../../src/core/records/reference-workspace.js';
import type { Visibility } from './expectations.js';
import type { RecordOwner } from './records.js';
import type { RouteSpec } from './route-specs.js';

async function referenceThemeId(db: Db): Promise<string> {
  const [row] = await db
    .select({ id: themes.id })
    .from(themes)
    .where(and(eq(themes.workspaceId, REFERENCE_WORKSPACE_ID), eq(themes.slug, 'energy-networks')));
  return row!.id;
}

export async function createMatchingProfileRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(matchingProfiles)
    .values({ workspaceId: owner.workspaceId, visibility, placeId: demoId('place:sambir'), languages: ['uk'], createdBy: owner.creatorId })
    .returning();
  await db.insert(matchingItems).values({ profileId: row!.id, direction: 'need', themeId: await referenceThemeId(db), kind: 'know_how', description: { en: 'District heating' } });
  return row!.id;
}

async function createItemOf(db: Db, profileId: string): Promise<string> {
  const [row] = await db
    .insert(matchingItems)
    .values({ profileId, direction: 'offer', themeId: await referenceThemeId(db), kind: 'equipment', description: { de: 'Stromerzeuger' } })
    .returning();
  return row!.id;
}

/** Matching: profiles, their needs and offers, and the suggestions for them. */
export const MATCHING_SPECS: Record<string, RouteSpec> = {
  'GET /api/matching/profiles': { access: 'anyone', ok: 200, request: () => ({ url: '/api/matching/profiles' }) },
  'POST /api/matching/profiles': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast }) => ({ url: '/api/matching/profiles', payload: { workspaceId: cast.workspaceId, placeId: demoId('place:lutsk') } }),
  },
  'GET /api/matching/profiles/:id': {
    access: 'read-record',
    ok: 200,
    record: createMatchingProfileRecord,
    request: ({ recordId }) => ({ url: `/api/matching/profiles/${recordId}` }),
  },
  'PATCH /api/matching/profiles/:id': {
    access: 'edit-record',
    ok: 200,
    record: createMatchingProfileRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/matching/profiles/${recordId}`, payload: { languages: ['uk', 'en'] } }),
  },
  'POST /api/matching/profiles/:id/items': {
    access: 'edit-record',
    ok: 201,
    record: createMatchingProfileRecord,
    request: async ({ db, recordId }) => ({
      url: `/api/matching/profiles/${recordId}/items`,
      payload: { direction: 'offer', themeId: await referenceThemeId(db), kind: 'equipment', description: { de: 'Pumpen' } },
    }),
  },
  'DELETE /api/matching/profiles/:id/items/:itemId': {
    access: 'edit-record',
    ok: 204,
    record: createMatchingProfileRecord,
    freshRecord: true,
    request: async ({ db, recordId }) => ({ url: `/api/matching/profiles/${recordId}/items/${await createItemOf(db, recordId)}` }),
  },
  'GET /api/matching/profiles/:id/suggestions': {
    access: 'read-record',
    ok: 200,
    record: createMatchingProfileRecord,
    request: ({ recordId }) => ({ url: `/api/matching/profiles/${recordId}/suggestions` }),
  },
};
