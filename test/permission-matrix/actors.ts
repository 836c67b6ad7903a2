import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { WorkspaceRole } from '../../src/core/auth/viewer.js';
import type { Db } from '../../src/core/db/client.js';
import { users } from '../../src/modules/accounts/users.tables.js';
import { startSession } from '../../src/modules/accounts/sessions.service.js';
import { memberships } from '../../src/modules/workspaces/workspaces.tables.js';
import { createTestWorkspace } from '../support/test-users.js';
import { createTestBrowser, type TestBrowser } from '../support/test-browser.js';

/** Who knocks: nobody, someone from elsewhere, and each role of the workspace. */
export const ACTORS = ['anonymous', 'outsider', 'guest', 'member', 'creator', 'coordinator', 'owner'] as const;
export type Actor = (typeof ACTORS)[number];

const ROLE_OF: Partial<Record<Actor, WorkspaceRole>> = {
  guest: 'guest',
  member: 'member',
  creator: 'member',
  coordinator: 'coordinator',
  owner: 'owner',
};

export interface Cast {
  workspaceId: string;
  userIds: Partial<Record<Actor, string>>;
  browsers: Record<Actor, TestBrowser>;
}

/**
 * A workspace with one signed-in browser per role (sessions started directly, without the
 * cost of password hashing), an outsider, and an anonymous browser. "creator" is a member
 * who created the records the routes are tried on.
 */
export async function castFor(app: FastifyInstance, db: Db): Promise<Cast> {
  const workspace = await createTestWorkspace(db, 'Matrix');
  const userIds: Partial<Record<Actor, string>> = {};
  const browsers = {} as Record<Actor, TestBrowser>;
  for (const actor of ACTORS) {
    const browser = createTestBrowser(app);
    browsers[actor] = browser;
    if (actor === 'anonymous') {
      await browser.session();
      continue;
    }
    const [user] = await db
      .insert(users)
      .values({ email: `${actor}-${randomBytes(4).toString('hex')}@example.org`, displayName: actor })
      .returning();
    userIds[actor] = user!.id;
    const role = ROLE_OF[actor];
    if (role) await db.insert(memberships).values({ workspaceId: workspace.id, userId: user!.id, role });
    browser.cookies.set('sd_session', await startSession(db, user!.id, { userAgent: 'matrix', ipAddress: null }));
    await browser.session();
  }
  return { workspaceId: workspace.id, userIds, browsers };
}
