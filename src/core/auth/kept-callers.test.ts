import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { recordStatements } from '../../../bench/support/bench-database.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestBrowser } from '../../../test/support/test-browser.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';
import { sessions } from '../../modules/accounts/accounts.tables.js';
import { users } from '../../modules/accounts/users.tables.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { generateSecretToken, hashSecretToken } from './secret-token.js';

describe('callers kept in memory between requests', () => {
  const testApp = useTestApp({ demoData: false });
  const app = () => testApp.current.app;
  const db = () => testApp.current.database.db;
  const newEmail = () => `kept-caller-${randomBytes(4).toString('hex')}@example.org`;
  /** Who the server takes a request with this session cookie for: a user's id, or null when signed out. */
  const signedInAs = async (sessionToken: string) => {
    const response = await app().inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `${SESSION_COOKIE}=${sessionToken}` } });
    expect(response.statusCode).toBe(200);
    return (response.json() as { user: { id: string } | null }).user?.id ?? null;
  };

  async function signedUpBrowser() {
    const email = newEmail();
    const browser = createTestBrowser(app());
    await browser.signUp({ email });
    const [user] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
    return { browser, email, userId: user!.id, sessionToken: browser.cookies.get(SESSION_COOKIE)! };
  }

  it('looks a session up once, not again on the next request', async () => {
    const { sessionToken, userId } = await signedUpBrowser();
    expect(await signedInAs(sessionToken)).toBe(userId);
    const { result, statements } = await recordStatements(() => signedInAs(sessionToken));
    expect(result).toBe(userId);
    expect(statements.map((statement) => statement.text).filter((text) => text.includes('"sessions"'))).toEqual([]);
  });

  it('treats a signed-out session as signed out at once', async () => {
    const { browser, sessionToken, userId } = await signedUpBrowser();
    expect(await signedInAs(sessionToken)).toBe(userId);
    expect(await signedInAs(sessionToken)).toBe(userId);
    expect((await browser.post('/api/auth/sign-out')).statusCode).toBeLessThan(300);
    expect(await signedInAs(sessionToken)).toBeNull();
  });

  it('ends the other sessions at once when the password changes', async () => {
    const { browser, email, userId } = await signedUpBrowser();
    const other = createTestBrowser(app());
    await other.signIn(email);
    const otherSession = other.cookies.get(SESSION_COOKIE)!;
    expect(await signedInAs(otherSession)).toBe(userId);
    expect(await signedInAs(otherSession)).toBe(userId);
    const changed = await browser.put('/api/me/password', { currentPassword: 'a long enough passphrase', newPassword: 'another good passphrase' });
    expect(changed.statusCode).toBe(204);
    expect(await signedInAs(otherSession)).toBeNull();
    expect(await signedInAs(browser.cookies.get(SESSION_COOKIE)!)).toBe(userId);
  });

  it("applies a change of role and a removed membership to the caller's very next request", async () => {
    const workspace = await createTestWorkspace(db(), `Kept callers ${randomBytes(3).toString('hex')}`);
    const owner = await createTestUser(db(), { memberships: [[workspace.id, 'owner']] });
    const member = await createTestUser(db(), { memberships: [[workspace.id, 'member']] });
    const membersPage = `/api/workspaces/${workspace.id}/members`;
    const asMember = (method: 'GET' | 'PATCH', url: string, payload?: object) => app().inject({ method, url, headers: member.headers, ...(payload ? { payload } : {}) });
    expect((await asMember('GET', `/api/workspaces/${workspace.id}`)).statusCode).toBe(200);
    // A member may not change roles; once made owner, at once they may.
    const refused = await asMember('PATCH', `${membersPage}/${owner.id}`, { role: 'coordinator' });
    expect(refused.statusCode).toBe(403);
    const promoted = await app().inject({ method: 'PATCH', url: `${membersPage}/${member.id}`, headers: owner.headers, payload: { role: 'owner' } });
    expect(promoted.statusCode, promoted.body).toBe(204);
    const allowed = await asMember('PATCH', `${membersPage}/${owner.id}`, { role: 'coordinator' });
    expect(allowed.statusCode, allowed.body).toBe(204);

    // The former owner, now a coordinator, is refused at once; once removed, the workspace is gone for them.
    const asFormerOwner = (method: 'GET' | 'DELETE', url: string) => app().inject({ method, url, headers: owner.headers });
    expect((await asFormerOwner('DELETE', `${membersPage}/${member.id}`)).statusCode).toBe(403);
    expect((await asFormerOwner('GET', `/api/workspaces/${workspace.id}`)).statusCode).toBe(200);
    const removed = await app().inject({ method: 'DELETE', url: `${membersPage}/${owner.id}`, headers: member.headers });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await asFormerOwner('GET', `/api/workspaces/${workspace.id}`)).statusCode).toBe(404);
  });

  it('treats a session as signed out the moment it expires, though its caller was kept', async () => {
    const { userId } = await signedUpBrowser();
    const sessionToken = generateSecretToken('sds');
    const endsAt = Date.now() + 1_500;
    await db()
      .insert(sessions)
      .values({ id: hashSecretToken(sessionToken), userId, idleExpiresAt: new Date(endsAt), absoluteExpiresAt: new Date(Date.now() + 3_600_000) });
    expect(await signedInAs(sessionToken)).toBe(userId);
    expect(await signedInAs(sessionToken)).toBe(userId);
    await new Promise((resolve) => setTimeout(resolve, endsAt - Date.now() + 50));
    expect(await signedInAs(sessionToken)).toBeNull();
  });

  it('refuses a token revoked by another process as soon as its announcement arrives', async () => {
    const user = await createTestUser(db());
    const asUser = () => app().inject({ method: 'GET', url: '/api/me', headers: user.headers });
    expect((await asUser()).statusCode).toBe(200);
    expect((await asUser()).statusCode).toBe(200);
    const other = new pg.Client({ connectionString: testApp.current.database.url });
    await other.connect();
    try {
      await other.query('UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1', [user.id]);
    } finally {
      await other.end();
    }
    await expect.poll(async () => (await asUser()).statusCode, { timeout: 2_000, interval: 10 }).toBe(401);
  });
});
