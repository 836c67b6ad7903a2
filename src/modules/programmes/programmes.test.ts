import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { createExchange, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';

const GRUENAU_PROGRAMME = demoId('series:gruenau-darnytskyi-2018');

describe('visit programmes', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  async function setUp(plannedParts: number | null = 3) {
    const cast = await workspaceWithRoles(testApp.current.database.db);
    const partnership = await send('POST', '/api/partnerships', cast.member, {
      workspaceId: cast.workspace.id,
      kind: 'district_partnership',
      title: { de: 'Grünau – Darnyzkyj' },
      parties: [{ placeId: demoId('place:gruenau') }, { placeId: demoId('place:kyiv') }],
    });
    expect(partnership.status).toBe(201);
    const programme = await send('POST', '/api/programmes', cast.member, {
      workspaceId: cast.workspace.id,
      title: { de: 'Besuchsprogramm 2018' },
      partnershipId: partnership.body.id,
      plannedParts,
    });
    expect(programme.status).toBe(201);
    return { ...cast, partnershipId: partnership.body.id as string, programme: programme.body };
  }

  const visit = (title: string, startDate: string, endDate: string) => ({ kind: 'delegation_visit', title: { de: title }, startDate, endDate });

  it('reads the demo programme with its parts in order', async () => {
    const programme = await send('GET', `/api/programmes/${GRUENAU_PROGRAMME}`, null);
    expect(programme.status).toBe(200);
    expect(programme.body.plannedParts).toBe(3);
    expect(programme.body.parts.map((part: { series: { part: number } }) => part.series.part)).toEqual([1, 2, 3]);
    expect(programme.body.partnership).toMatchObject({ id: demoId('partnership:gruenau-darnytskyi') });
  });

  it('creates new exchanges as parts and adds existing ones, numbering them "part n of m"', async () => {
    const { member, workspace, programme, partnershipId } = await setUp();
    const first = await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchange: visit('Besuch im Mai', '2018-05-14', '2018-05-18') });
    expect(first.status).toBe(201);
    expect(first.body.parts[0]).toMatchObject({ partnershipId, series: { part: 1, plannedParts: 3 } });
    const existing = await createExchange(testApp.current.app, member, workspace.id, { title: { de: 'Gegenbesuch' }, startDate: '2018-09-10', endDate: '2018-09-14' });
    const second = await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchangeId: existing.id });
    expect(second.status).toBe(201);
    const exchange = await send('GET', `/api/exchanges/${existing.id}`, member);
    expect(exchange.body.series).toMatchObject({ id: programme.id, part: 2, plannedParts: 3 });
    const again = await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchangeId: existing.id });
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'body.exchangeId' })]);
  });

  it('reorders and removes parts, and refuses more parts than planned', async () => {
    const { member, programme } = await setUp(2);
    const a = (await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchange: visit('A', '2018-05-14', '2018-05-15') })).body.parts[0].id;
    const b = (await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchange: visit('B', '2018-09-14', '2018-09-15') })).body.parts[1].id;
    const third = await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchange: visit('C', '2018-12-03', '2018-12-07') });
    expect(third.status).toBe(400);
    expect(third.body.errors).toEqual([expect.objectContaining({ field: 'body.exchange' })]);
    const reordered = await send('PUT', `/api/programmes/${programme.id}/parts`, member, { exchangeIds: [b, a] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.parts.map((part: { id: string }) => part.id)).toEqual([b, a]);
    const incomplete = await send('PUT', `/api/programmes/${programme.id}/parts`, member, { exchangeIds: [b] });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors).toEqual([expect.objectContaining({ field: 'body.exchangeIds' })]);
    const fewer = await send('PATCH', `/api/programmes/${programme.id}`, member, { plannedParts: 1 });
    expect(fewer.status).toBe(400);
    expect(fewer.body.errors).toEqual([expect.objectContaining({ field: 'body.plannedParts' })]);
    const removed = await send('DELETE', `/api/programmes/${programme.id}/parts/${b}`, member);
    expect(removed.status).toBe(200);
    expect(removed.body.parts).toEqual([expect.objectContaining({ id: a, series: expect.objectContaining({ part: 1 }) })]);
    expect((await send('GET', `/api/exchanges/${b}`, member)).body.series).toBeNull();
  });

  it('deletes a programme only when empty or when asked to keep its parts as single exchanges', async () => {
    const { member, programme } = await setUp();
    const part = (await send('POST', `/api/programmes/${programme.id}/parts`, member, { exchange: visit('A', '2018-05-14', '2018-05-15') })).body.parts[0].id;
    const refused = await send('DELETE', `/api/programmes/${programme.id}`, member);
    expect(refused.status).toBe(409);
    expect((await send('DELETE', `/api/programmes/${programme.id}?detachParts=true`, member)).status).toBe(204);
    expect((await send('GET', `/api/programmes/${programme.id}`, member)).status).toBe(404);
    expect((await send('GET', `/api/exchanges/${part}`, member)).body.series).toBeNull();
  });

  it('refuses bad input naming the field, and changes by guests and strangers', async () => {
    const { member, guest, outsider, workspace, programme } = await setUp();
    const bad = await send('POST', '/api/programmes', member, { workspaceId: workspace.id, title: { de: '' }, plannedParts: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((issue: { field: string }) => issue.field).sort()).toEqual(['body.plannedParts', 'body.title']);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'body.title', code: 'required' }));
    const unknown = await send('POST', '/api/programmes', member, { workspaceId: workspace.id, title: { de: 'X' }, partnershipId: '8d3b6c1e-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'body.partnershipId' })]);
    expect((await send('PATCH', `/api/programmes/${programme.id}`, guest, { plannedParts: 4 })).status).toBe(403);
    expect((await send('PATCH', `/api/programmes/${programme.id}`, outsider, { plannedParts: 4 })).status).toBe(404);
    expect((await send('POST', '/api/programmes', guest, { workspaceId: workspace.id, title: { de: 'X' } })).status).toBe(403);
    const history = await send('GET', `/api/programmes/${programme.id}/history`, guest);
    expect(history.status).toBe(200);
    expect(history.body.items.map((event: { action: string }) => event.action)).toEqual(['create']);
  });
});
