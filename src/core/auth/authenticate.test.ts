import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens } from '../../modules/api-tokens/api-tokens.tables.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';
import { partnerships } from '../../modules/partnerships/partnerships.tables.js';
import { users } from '../../modules/accounts/users.tables.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser } from '../../../test/support/test-users.js';

describe('authentication with API tokens', () => {
  const testApp = useTestApp();

  it('lets a member see the workspace records a visitor cannot see', async () => {
    const { app, database } = testApp.current;
    const [internal] = await database.db
      .insert(partnerships)
      .values({ workspaceId: DEMO_WORKSPACE_ID, visibility: 'workspace', kind: 'contact', title: { de: 'Intern' } })
      .returning();
    const member = await createTestUser(database.db, { memberships: [[DEMO_WORKSPACE_ID, 'guest']], scope: 'read' });
    const stranger = await createTestUser(database.db);

    const asMember = await app.inject({ method: 'GET', url: `/api/partnerships/${internal!.id}`, headers: member.headers });
    expect(asMember.statusCode).toBe(200);
    const asStranger = await app.inject({ method: 'GET', url: `/api/partnerships/${internal!.id}`, headers: stranger.headers });
    expect(asStranger.statusCode).toBe(404);
    const anonymous = await app.inject({ method: 'GET', url: `/api/partnerships/${internal!.id}` });
    expect(anonymous.statusCode).toBe(404);

    const [used] = await database.db.select().from(apiTokens).where(eq(apiTokens.userId, member.id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);
  });

  it("gives a caller the roles of their own memberships only, and refuses a disabled user's token", async () => {
    const { app, database } = testApp.current;
    const member = await createTestUser(database.db, { memberships: [[DEMO_WORKSPACE_ID, 'owner']] });
    const stranger = await createTestUser(database.db);
    const workspace = `/api/workspaces/${DEMO_WORKSPACE_ID}`;
    expect((await app.inject({ method: 'GET', url: workspace, headers: member.headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: workspace, headers: stranger.headers })).statusCode).toBe(404);

    // Written beside the app, as by another process: seen once its announcement arrives.
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, member.id));
    await expect.poll(async () => (await app.inject({ method: 'GET', url: workspace, headers: member.headers })).statusCode, { timeout: 2_000, interval: 10 }).toBe(401);
  });

  it('refuses unknown, malformed and revoked tokens with 401', async () => {
    const { app, database } = testApp.current;
    const unknown = await app.inject({ method: 'GET', url: '/api/partnerships', headers: { authorization: 'Bearer sdt_nope' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('unauthorized');
    const malformed = await app.inject({ method: 'GET', url: '/api/partnerships', headers: { authorization: 'Basic abc' } });
    expect(malformed.statusCode).toBe(401);

    const user = await createTestUser(database.db);
    await database.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.userId, user.id));
    const revoked = await app.inject({ method: 'GET', url: '/api/partnerships', headers: user.headers });
    expect(revoked.statusCode).toBe(401);
  });
});
