import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createContactPartnership, requester } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestBrowser } from '../../../test/support/test-browser.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../test/support/test-users.js';
import { users } from '../../modules/accounts/users.tables.js';
import { memberships } from '../../modules/workspaces/workspaces.tables.js';

const LIST = '/api/partnerships?limit=100';
/** A write of another process is seen once its announcement arrives: within milliseconds. */
const POLL = { timeout: 2_000, interval: 10 };

describe('answers kept per signed-in caller', () => {
  const testApp = useTestApp();
  const app = () => testApp.current.app;
  const db = () => testApp.current.database.db;
  const list = (user: TestUser | null, headers: Record<string, string> = {}) => app().inject({ method: 'GET', url: LIST, headers: { ...user?.headers, ...headers } });
  const titles = (body: string) => (JSON.parse(body) as { items: { title: { de?: string } }[] }).items.map((item) => item.title.de);

  /** Another process on the same database; with `unannounced`, its writes are not announced (triggers off), so only what the app checks per request can notice them. */
  async function onOtherConnection(work: (client: pg.Client) => Promise<unknown>, { unannounced = false } = {}) {
    const client = new pg.Client({ connectionString: testApp.current.database.url });
    await client.connect();
    try {
      if (unannounced) await client.query("SET session_replication_role = 'replica'");
      await work(client);
    } finally {
      await client.end();
    }
  }

  /** A workspace with a record only its members see, and a coordinator of it. */
  async function workspaceWithOwnPartnership(title: string) {
    const workspace = await createTestWorkspace(db(), `Arbeitsgruppe ${randomBytes(3).toString('hex')}`);
    const coordinator = await createTestUser(db(), { memberships: [[workspace.id, 'coordinator']] });
    await createContactPartnership(app(), coordinator, workspace.id, title, 'workspace');
    return { workspace, coordinator };
  }

  it('serves a kept answer byte for byte as the uncached one, with the same ETag and its 304', async () => {
    const { coordinator } = await workspaceWithOwnPartnership('Nur intern: Zwickau und Riwne');
    const first = await list(coordinator);
    const kept = await list(coordinator);
    expect(kept.statusCode).toBe(200);
    expect(kept.body).toBe(first.body);
    expect(kept.headers.etag).toBe(first.headers.etag);
    expect(kept.headers['content-type']).toBe(first.headers['content-type']);
    expect(kept.headers['cache-control']).toBe('private, no-cache');
    const revalidated = await list(coordinator, { 'if-none-match': String(first.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
  });

  it('keeps the answer until data changes: a write that announces nothing is not seen', async () => {
    const { coordinator } = await workspaceWithOwnPartnership('Nur intern: Plauen und Uschhorod');
    const before = await list(coordinator);
    await onOtherConnection((client) => client.query(`UPDATE partnerships SET title = jsonb_build_object('de', 'Unbemerkt') WHERE title->>'de' = 'Nur intern: Plauen und Uschhorod'`), {
      unannounced: true,
    });
    expect((await list(coordinator)).body).toBe(before.body);
  });

  it("never gives one caller another's kept answer", async () => {
    const { coordinator: insider } = await workspaceWithOwnPartnership('Nur intern: Gera und Poltawa');
    const outsider = await createTestUser(db());
    // Each asks twice, so both answers are kept, in either order.
    await list(outsider);
    expect(titles((await list(insider)).body)).toContain('Nur intern: Gera und Poltawa');
    expect(titles((await list(insider)).body)).toContain('Nur intern: Gera und Poltawa');
    expect(titles((await list(outsider)).body)).not.toContain('Nur intern: Gera und Poltawa');
    expect(titles((await list(null)).body)).not.toContain('Nur intern: Gera und Poltawa');
  });

  it("shows a caller's write to their own and to others' very next request", async () => {
    const { workspace, coordinator } = await workspaceWithOwnPartnership('Nur intern: Suhl und Sumy');
    const colleague = await createTestUser(db(), { memberships: [[workspace.id, 'member']] });
    await list(coordinator);
    await list(coordinator);
    await list(colleague);
    await list(colleague);
    await createContactPartnership(app(), coordinator, workspace.id, 'Neu: Jena und Berdytschiw', 'workspace');
    expect(titles((await list(coordinator)).body)).toContain('Neu: Jena und Berdytschiw');
    expect(titles((await list(colleague)).body)).toContain('Neu: Jena und Berdytschiw');
  });

  it("sees a membership's removal at once, and one written by another process once announced", async () => {
    const { workspace, coordinator } = await workspaceWithOwnPartnership('Nur intern: Greiz und Luzk');
    const owner = await createTestUser(db(), { memberships: [[workspace.id, 'owner']] });
    const leaving = await createTestUser(db(), { memberships: [[workspace.id, 'member']] });
    await list(leaving);
    expect(titles((await list(leaving)).body)).toContain('Nur intern: Greiz und Luzk');
    const removed = await requester(app())('DELETE', `/api/workspaces/${workspace.id}/members/${leaving.id}`, owner);
    expect(removed.status).toBe(204);
    expect(titles((await list(leaving)).body)).not.toContain('Nur intern: Greiz und Luzk');

    // Written by another process: the caller and their kept answers are outdated once the announcement arrives.
    await list(coordinator);
    expect(titles((await list(coordinator)).body)).toContain('Nur intern: Greiz und Luzk');
    await onOtherConnection((client) => client.query('DELETE FROM memberships WHERE user_id = $1', [coordinator.id]));
    await expect.poll(async () => titles((await list(coordinator)).body), POLL).not.toContain('Nur intern: Greiz und Luzk');
  });

  it('sees a change of role written by another process once announced', async () => {
    const { workspace, coordinator } = await workspaceWithOwnPartnership('Nur intern: Pirna und Schytomyr');
    await createContactPartnership(app(), coordinator, workspace.id, 'Vertraulich: Meißen und Bila Zerkwa', 'private');
    // Private records are seen by their creator and the workspace's owners and coordinators, not by guests.
    const person = await createTestUser(db(), { memberships: [[workspace.id, 'guest']] });
    await list(person);
    expect(titles((await list(person)).body)).not.toContain('Vertraulich: Meißen und Bila Zerkwa');
    await onOtherConnection((client) => client.query("UPDATE memberships SET role = 'coordinator' WHERE user_id = $1", [person.id]));
    await expect.poll(async () => titles((await list(person)).body), POLL).toContain('Vertraulich: Meißen und Bila Zerkwa');
  });

  it('refuses a token revoked or a user disabled by another process once announced, even for a kept answer', async () => {
    const { coordinator } = await workspaceWithOwnPartnership('Nur intern: Aue und Kropywnyzkyj');
    await list(coordinator);
    expect((await list(coordinator)).statusCode).toBe(200);
    // Ending a token or session is announced (noting its use is not); written by another process, it is seen once the announcement arrives.
    await onOtherConnection((client) => client.query('UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1', [coordinator.id]));
    await expect.poll(async () => (await list(coordinator)).statusCode, POLL).toBe(401);
    expect((await list(coordinator)).body).not.toContain('Aue und Kropywnyzkyj');

    const other = await workspaceWithOwnPartnership('Nur intern: Weida und Ternopil');
    await list(other.coordinator);
    expect((await list(other.coordinator)).statusCode).toBe(200);
    await onOtherConnection((client) => client.query('UPDATE users SET disabled_at = now() WHERE id = $1', [other.coordinator.id]));
    await expect.poll(async () => (await list(other.coordinator)).statusCode, POLL).toBe(401);
  });

  it('treats a session ended by another process as signed out once announced, even for a kept answer', async () => {
    const { workspace } = await workspaceWithOwnPartnership('Nur intern: Sebnitz und Nischyn');
    const email = `kept-${randomBytes(4).toString('hex')}@example.org`;
    const browser = createTestBrowser(app());
    await browser.signUp({ email });
    const [user] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
    await db().insert(memberships).values({ workspaceId: workspace.id, userId: user!.id, role: 'member' });
    await browser.get(LIST);
    expect(titles((await browser.get(LIST)).body)).toContain('Nur intern: Sebnitz und Nischyn');
    await onOtherConnection((client) => client.query('DELETE FROM sessions WHERE user_id = $1', [user!.id]));
    await expect.poll(async () => titles((await browser.get(LIST)).body), POLL).not.toContain('Nur intern: Sebnitz und Nischyn');
  });
});
