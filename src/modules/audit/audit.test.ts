import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';

describe('workspace audit log', () => {
  const testApp = useTestApp();

  it('lists changes newest first with filters, pages them, and exports them as CSV for coordinators only', async () => {
    const { app, database } = testApp.current;
    const workspace = await createTestWorkspace(database.db, 'Audit');
    const owner = await createTestUser(database.db, { memberships: [[workspace.id, 'owner']], name: 'Owner' });
    const member = await createTestUser(database.db, { memberships: [[workspace.id, 'member']], name: 'Member' });
    const outsider = await createTestUser(database.db);
    const parties = [{ placeId: demoId('place:leipzig') }, { placeId: demoId('place:kyiv') }];
    for (const title of ['Erste', 'Zweite', 'Dritte']) {
      await app.inject({ method: 'POST', url: '/api/partnerships', headers: member.headers, payload: { workspaceId: workspace.id, kind: 'contact', title: { de: title }, parties } });
    }
    const first = (await app.inject({ method: 'GET', url: '/api/partnerships?kind=contact', headers: member.headers })).json().items[0];
    await app.inject({ method: 'DELETE', url: `/api/partnerships/${first.id}`, headers: owner.headers });

    const log = await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit?limit=2`, headers: owner.headers });
    expect(log.statusCode).toBe(200);
    expect(log.json().items.map((event: { action: string }) => event.action)).toEqual(['delete', 'create']);
    const next = await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit?limit=2&cursor=${log.json().nextCursor}`, headers: owner.headers });
    expect(next.json().items).toHaveLength(2);

    const deletions = await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit?action=delete`, headers: owner.headers });
    expect(deletions.json().items).toHaveLength(1);
    const byMember = await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit?actorId=${member.id}&entityType=partnership`, headers: owner.headers });
    expect(byMember.json().items).toHaveLength(3);
    const future = await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit?from=2999-01-01`, headers: owner.headers });
    expect(future.json().items).toEqual([]);

    const csv = await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit.csv?entityType=partnership`, headers: owner.headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(csv.body, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ Aktion: 'Gelöscht', Person: expect.stringMatching(/^Owner/), 'Art des Eintrags': 'Partnerschaft', Eintrag: 'Dritte' });
    expect(rows[3]!['Änderungen']).toContain('Titel (Deutsch): Erste');

    expect((await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit`, headers: member.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit.csv`, headers: member.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit`, headers: outsider.headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/workspaces/${workspace.id}/audit` })).statusCode).toBe(401);
  });
});
