import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { matchingIntroductions, type IntroductionState } from '../../src/modules/matching/introductions.tables.js';
import { matchingProfiles } from '../../src/modules/matching/matching.tables.js';
import { createTestWorkspace } from '../support/test-users.js';
import type { Cast } from './actors.js';
import type { RouteSpec } from './route-specs.js';

async function profileIn(db: Db, workspaceId: string, place: string, visibility: 'public' | 'workspace', createdBy: string | null = null): Promise<string> {
  const [row] = await db.insert(matchingProfiles).values({ workspaceId, visibility, placeId: demoId(`place:${place}`), createdBy }).returning();
  return row!.id;
}

/**
 * An introduction another workspace asked of the cast's workspace (its "to" side), in the given
 * state: the cast's members read it, those who may create records there answer and move it on.
 */
async function introductionTo(db: Db, cast: Cast, state: IntroductionState): Promise<string> {
  const asking = (await createTestWorkspace(db, 'Asking')).id;
  const [row] = await db
    .insert(matchingIntroductions)
    .values({
      workspaceId: asking,
      fromProfileId: await profileIn(db, asking, 'sambir', 'workspace'),
      fromWorkspaceId: asking,
      fromPlaceId: demoId('place:sambir'),
      toProfileId: await profileIn(db, cast.workspaceId, 'plauen', 'public', cast.userIds.creator!),
      toWorkspaceId: cast.workspaceId,
      toPlaceId: demoId('place:plauen'),
      message: 'Hallo',
      proposedDate: '2027-03-10',
      state,
      fromAnswer: 'accepted',
      toAnswer: state === 'requested' ? 'pending' : 'accepted',
      meetingDate: state === 'requested' ? null : '2027-03-10',
    })
    .returning();
  return row!.id;
}

/** Brokered introductions: asked by a side or an agency, answered by the sides. */
export const INTRODUCTION_SPECS: Record<string, RouteSpec> = {
  'GET /api/matching/introductions': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/matching/introductions' }) },
  'GET /api/matching/introductions/pipeline': {
    access: 'workspace-member',
    ok: 200,
    request: ({ cast }) => ({ url: `/api/matching/introductions/pipeline?workspaceId=${cast.workspaceId}` }),
  },
  'POST /api/matching/introductions': {
    access: 'create-in-workspace',
    ok: 201,
    request: async ({ db, cast }) => {
      const partner = (await createTestWorkspace(db, 'Partner')).id;
      return {
        url: '/api/matching/introductions',
        payload: {
          workspaceId: cast.workspaceId,
          fromProfileId: await profileIn(db, cast.workspaceId, 'zbarazh', 'workspace'),
          toProfileId: await profileIn(db, partner, 'zwickau', 'public'),
          message: 'Wir möchten Sie kennenlernen.',
        },
      };
    },
  },
  'GET /api/matching/introductions/:id': {
    access: 'workspace-member',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/matching/introductions/${await introductionTo(db, cast, 'requested')}` }),
  },
  'POST /api/matching/introductions/:id/accept': {
    access: 'create-in-workspace',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/matching/introductions/${await introductionTo(db, cast, 'requested')}/accept`, payload: { message: 'Gern' } }),
  },
  'POST /api/matching/introductions/:id/decline': {
    access: 'create-in-workspace',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/matching/introductions/${await introductionTo(db, cast, 'requested')}/decline`, payload: { message: 'Leider nicht' } }),
  },
  'POST /api/matching/introductions/:id/met': {
    access: 'create-in-workspace',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/matching/introductions/${await introductionTo(db, cast, 'accepted')}/met` }),
  },
  'POST /api/matching/introductions/:id/partnership': {
    access: 'create-in-workspace',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/matching/introductions/${await introductionTo(db, cast, 'met')}/partnership`, payload: { type: 'solidarity_partnership' } }),
  },
};
