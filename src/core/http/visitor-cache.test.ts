import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createContactPartnership } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser } from '../../../test/support/test-users.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';

const LIST = '/api/partnerships?limit=100';

describe('answers kept for visitors', () => {
  const testApp = useTestApp();
  const visitorList = (headers: Record<string, string> = {}) => testApp.current.app.inject({ method: 'GET', url: LIST, headers });
  const titles = (body: string) => (JSON.parse(body) as { items: { title: { de?: string } }[] }).items.map((item) => item.title.de);

  /** Another process on the same database: its own connection, its own transaction. */
  async function onOtherConnection(work: (client: pg.Client) => Promise<unknown>) {
    const client = new pg.Client({ connectionString: testApp.current.database.url });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  }

  async function eventually(check: () => Promise<boolean>) {
    const deadline = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return true;
  }

  it('serves the kept answer byte for byte as the uncached one, with the same ETag and its 304', async () => {
    const first = await visitorList();
    const kept = await visitorList();
    expect(kept.statusCode).toBe(200);
    expect(kept.body).toBe(first.body);
    expect(kept.headers.etag).toBe(first.headers.etag);
    expect(kept.headers['content-type']).toBe(first.headers['content-type']);
    expect(kept.headers['cache-control']).toBe('private, no-cache');
    const revalidated = await visitorList({ 'if-none-match': String(first.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
  });

  it('sends a kept answer compressed as the client asks, the same body as the uncached one', async () => {
    const plain = await visitorList();
    const decoders = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync };
    for (const [acceptEncoding, encoding] of [['gzip, deflate, br, zstd', 'br'], ['gzip', 'gzip'], ['deflate', 'deflate'], ['*', 'gzip']] as const) {
      for (const round of ['compressed when first asked', 'compressed before']) {
        const response = await visitorList({ 'accept-encoding': acceptEncoding });
        expect(response.statusCode, `${acceptEncoding}, ${round}`).toBe(200);
        expect(response.headers['content-encoding'], `${acceptEncoding}, ${round}`).toBe(encoding);
        expect(response.headers.vary).toContain('accept-encoding');
        expect(response.headers.etag).toBe(plain.headers.etag);
        expect(decoders[encoding](response.rawPayload).toString('utf8')).toBe(plain.body);
      }
    }
    const uncompressed = await visitorList({ 'accept-encoding': 'identity' });
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect(uncompressed.body).toBe(plain.body);
  });

  it('keeps the answer until data changes: a write that announces nothing is not seen', async () => {
    const before = await visitorList();
    await onOtherConnection(async (client) => {
      // Triggers off for this connection only: the write is not announced, so the kept answer stays.
      await client.query("SET session_replication_role = 'replica'");
      await client.query(`UPDATE partnerships SET description = jsonb_build_object('de', 'still kept') WHERE visibility = 'public'`);
    });
    const after = await visitorList();
    expect(after.body).toBe(before.body);
  });

  it("shows a member's write to the very next visitor", async () => {
    await visitorList();
    const coordinator = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    await createContactPartnership(testApp.current.app, coordinator, DEMO_WORKSPACE_ID, 'Halle und Tscherniwzi', 'public');
    expect(titles((await visitorList()).body)).toContain('Halle und Tscherniwzi');
  });

  it('shows a write committed by another process on the same database', async () => {
    await visitorList();
    await onOtherConnection((client) =>
      client.query(
        `UPDATE partnerships SET title = jsonb_build_object('de', 'Umbenannt von nebenan')
         WHERE id = (SELECT id FROM partnerships WHERE visibility = 'public' ORDER BY sort_title LIMIT 1)`,
      ),
    );
    expect(await eventually(async () => titles((await visitorList()).body).includes('Umbenannt von nebenan'))).toBe(true);
  });

  it('stops trusting kept answers when the connection that listens for changes drops', async () => {
    await visitorList();
    await onOtherConnection(async (client) => {
      await client.query("SET session_replication_role = 'replica'");
      await client.query(`UPDATE partnerships SET title = jsonb_build_object('de', 'Unangekündigt geändert') WHERE id = (SELECT id FROM partnerships WHERE visibility = 'public' ORDER BY sort_title LIMIT 1)`);
      await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'stadtdialog data changes' AND datname = current_database()");
    });
    expect(await eventually(async () => titles((await visitorList()).body).includes('Unangekündigt geändert'))).toBe(true);
  });

  it('never gives a member the answer kept for visitors', async () => {
    const member = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    await createContactPartnership(testApp.current.app, member, DEMO_WORKSPACE_ID, 'Nur für die Arbeitsgruppe', 'workspace');
    const visitorView = await visitorList();
    await visitorList();
    expect(titles(visitorView.body)).not.toContain('Nur für die Arbeitsgruppe');
    const memberView = await visitorList(member.headers);
    expect(titles(memberView.body)).toContain('Nur für die Arbeitsgruppe');
    // …and the member's answer is not kept for the next visitor either.
    expect(titles((await visitorList()).body)).not.toContain('Nur für die Arbeitsgruppe');
  });
});
