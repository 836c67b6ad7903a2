import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { createExchange, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';

describe('partnerships inside partnerships', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  async function setUp() {
    const cast = await workspaceWithRoles(testApp.current.database.db);
    const partnership = async (title: string, parentId: string | null, parties: string[]) => {
      const created = await send('POST', '/api/partnerships', cast.member, {
        workspaceId: cast.workspace.id,
        kind: parentId ? 'district_partnership' : 'city_twinning',
        title: { de: title },
        parentId,
        parties: parties.map((place) => ({ placeId: demoId(`place:${place}`) })),
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const twinning = await partnership('Städtepartnerschaft Leipzig–Kyjiw (neu)', null, ['leipzig', 'kyiv']);
    const district = await partnership('Grünau–Darnyzkyj (neu)', twinning, ['gruenau', 'kyiv']);
    return { ...cast, twinning, district };
  }

  it('refuses to nest a partnership in itself or in one inside it, naming the field', async () => {
    const { member, twinning, district } = await setUp();
    const self = await send('PATCH', `/api/partnerships/${twinning}`, member, { parentId: twinning });
    expect(self.status).toBe(400);
    expect(self.body.errors).toEqual([expect.objectContaining({ field: 'body.parentId' })]);
    const cycle = await send('PATCH', `/api/partnerships/${twinning}`, member, { parentId: district });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors).toEqual([expect.objectContaining({ field: 'body.parentId' })]);
  });

  it('lists the children with their newest activity and includes their entries in the timeline when asked', async () => {
    const { member, workspace, twinning, district } = await setUp();
    const visit = await createExchange(testApp.current.app, member, workspace.id, {
      kind: 'delegation_visit',
      title: { de: 'Besuch in Grünau' },
      startDate: '2018-05-14',
      endDate: '2018-05-18',
      partnershipId: district,
    });
    const parent = await send('GET', `/api/partnerships/${twinning}`, member);
    expect(parent.body.children).toEqual([
      expect.objectContaining({ id: district, latestActivity: expect.objectContaining({ type: 'exchange', date: '2018-05-14', title: { de: 'Besuch in Grünau' } }) }),
    ]);
    expect((await send('GET', `/api/partnerships/${twinning}/timeline`, member)).body.items).toEqual([]);
    const withChildren = await send('GET', `/api/partnerships/${twinning}/timeline?includeChildren=true`, member);
    expect(withChildren.body.items).toEqual([expect.objectContaining({ id: visit.id, partnershipId: district })]);
  });

  it('finds partnerships by a part of their title in any language', async () => {
    const { member } = await setUp();
    const found = await send('GET', '/api/partnerships?q=darnyzkyj%20(neu', member);
    expect(found.status).toBe(200);
    expect(found.body.items.map((item: { title: { de: string } }) => item.title.de)).toEqual(['Grünau–Darnyzkyj (neu)']);
    expect((await send('GET', '/api/partnerships?q=%25', member)).body.items).toEqual([]);
  });
});
