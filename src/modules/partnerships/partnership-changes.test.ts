import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';

const LEIPZIG = demoId('place:leipzig');
const KYIV = demoId('place:kyiv');
const TWINNING = demoId('partnership:leipzig-kyiv');

describe('changing partnerships', () => {
  const testApp = useTestApp();

  async function setUp() {
    const { db } = testApp.current.database;
    const workspace = await createTestWorkspace(db, 'Referat Internationales');
    const coordinator = await createTestUser(db, { memberships: [[workspace.id, 'coordinator']], name: 'Koordinatorin' });
    const member = await createTestUser(db, { memberships: [[workspace.id, 'member']] });
    const guest = await createTestUser(db, { memberships: [[workspace.id, 'guest']] });
    return { workspace, coordinator, member, guest };
  }

  const request = (method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, headers: object, payload?: object) =>
    testApp.current.app.inject({ method, url, headers: headers as Record<string, string>, payload: payload as Record<string, unknown> });

  /** A partnership between Leipzig and Kyiv, as the body of its 201. */
  async function leipzigKyiv(creator: { headers: object }, workspaceId: string, kind: string, title: string) {
    const created = await request('POST', '/api/partnerships', creator.headers, { workspaceId, kind, title: { de: title }, parties: [{ placeId: LEIPZIG }, { placeId: KYIV }] });
    expect(created.statusCode).toBe(201);
    return created.json();
  }

  it('creates a partnership with its parties and parent, accepting a year for since', async () => {
    const { workspace, member } = await setUp();
    const created = await request('POST', '/api/partnerships', member.headers, {
      workspaceId: workspace.id,
      kind: 'project_partnership',
      title: { de: 'Schulen als Stadtteilzentren', uk: 'Школи як центри громади' },
      since: '2019',
      parentId: TWINNING,
      parties: [{ placeId: LEIPZIG }, { placeId: KYIV }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'project_partnership',
      since: '2019-01-01',
      sincePrecision: 'year',
      visibility: 'workspace',
      parent: { id: TWINNING },
    });
    expect(created.json().parties.map((party: { place: { id: string } }) => party.place.id)).toEqual([LEIPZIG, KYIV]);
  });

  it('refuses bad input in one 400 that names every field, writing nothing', async () => {
    const { workspace, member } = await setUp();
    const response = await request('POST', '/api/partnerships', member.headers, {
      workspaceId: workspace.id,
      kind: 'city_twinning',
      title: { de: 'Kaputt' },
      since: '2020-02-30',
      endedOn: '2010-01-01',
      parties: [{ placeId: LEIPZIG }, { placeId: '8d3b6c1e-0000-4000-8000-000000000000' }, { placeId: LEIPZIG }],
      parentId: '8d3b6c1e-0000-4000-8000-000000000001',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((issue: { field: string }) => issue.field).sort()).toEqual(
      ['body.endedOn', 'body.parentId', 'body.parties.1.placeId', 'body.parties.2', 'body.since'].sort(),
    );
    const list = await request('GET', '/api/partnerships?kind=city_twinning', member.headers);
    expect(list.json().items).toHaveLength(1);
  });

  it('lets members change what they created, coordinators everything, guests nothing', async () => {
    const { workspace, coordinator, member, guest } = await setUp();
    const byCoordinator = await leipzigKyiv(coordinator, workspace.id, 'contact', 'Kontakt der Koordination');
    const byMember = await leipzigKyiv(member, workspace.id, 'contact', 'Kontakt des Mitglieds');
    expect((await request('PATCH', `/api/partnerships/${byCoordinator.id}`, member.headers, { status: 'dormant' })).statusCode).toBe(403);
    expect((await request('PATCH', `/api/partnerships/${byMember.id}`, member.headers, { status: 'dormant' })).statusCode).toBe(200);
    expect((await request('PATCH', `/api/partnerships/${byMember.id}`, coordinator.headers, { status: 'ended', endedOn: '2024-12-31' })).statusCode).toBe(200);
    expect((await request('POST', '/api/partnerships', guest.headers, { workspaceId: workspace.id, kind: 'contact', title: { de: 'x' }, parties: [{ placeId: LEIPZIG }, { placeId: KYIV }] })).statusCode).toBe(403);
    expect((await request('DELETE', `/api/partnerships/${byMember.id}`, guest.headers)).statusCode).toBe(403);
    expect((await request('DELETE', `/api/partnerships/${byMember.id}`, member.headers)).statusCode).toBe(204);
    expect((await request('GET', `/api/partnerships/${byMember.id}`, member.headers)).statusCode).toBe(404);
  });

  it('records every change with before and after values, shown as the history', async () => {
    const { workspace, coordinator, guest } = await setUp();
    const created = await leipzigKyiv(coordinator, workspace.id, 'friendship', 'Freundschaft');
    await request('PATCH', `/api/partnerships/${created.id}`, coordinator.headers, { title: { de: 'Freundschaft Leipzig – Kiew' } });
    const history = await request('GET', `/api/partnerships/${created.id}/history`, guest.headers);
    expect(history.statusCode).toBe(200);
    const events = history.json().items;
    expect(events.map((event: { action: string }) => event.action)).toEqual(['update', 'create']);
    expect(events[0]).toMatchObject({
      actor: { displayName: 'Koordinatorin' },
      actorKind: 'token',
      before: { title: { de: 'Freundschaft' } },
      after: { title: { de: 'Freundschaft Leipzig – Kiew' } },
    });
    expect((await request('GET', `/api/partnerships/${created.id}/history`, {})).statusCode).toBe(404);
  });

  it('will not delete a partnership other records still refer to', async () => {
    const { workspace, coordinator } = await setUp();
    const parent = await leipzigKyiv(coordinator, workspace.id, 'city_twinning', 'Oben');
    await request('POST', '/api/partnerships', coordinator.headers, {
      workspaceId: workspace.id,
      kind: 'district_partnership',
      title: { de: 'Unten' },
      parentId: parent.id,
      parties: [{ placeId: demoId('place:gruenau') }, { placeId: demoId('place:darnytskyi') }],
    });
    const refused = await request('DELETE', `/api/partnerships/${parent.id}`, coordinator.headers);
    expect(refused.statusCode).toBe(409);
    expect((await request('GET', `/api/partnerships/${parent.id}`, coordinator.headers)).statusCode).toBe(200);
  });

  it('stores SQL-looking text verbatim', async () => {
    const { workspace, member } = await setUp();
    const hostile = `Robert'); DROP TABLE partnerships;-- " OR 1=1 --`;
    const created = await request('POST', '/api/partnerships', member.headers, {
      workspaceId: workspace.id,
      kind: 'contact',
      title: { de: hostile, en: "1' UNION SELECT password_hash FROM users --" },
      parties: [{ placeId: LEIPZIG }, { placeId: KYIV }],
    });
    expect(created.statusCode).toBe(201);
    const read = await request('GET', `/api/partnerships/${created.json().id}`, member.headers);
    expect(read.json().title).toEqual({ de: hostile, en: "1' UNION SELECT password_hash FROM users --" });
    expect((await request('GET', '/api/partnerships', {})).statusCode).toBe(200);
  });
});
