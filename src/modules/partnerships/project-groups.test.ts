import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';

const LEIPZIG = demoId('place:leipzig');
const KYIV = demoId('place:kyiv');
const UNKNOWN = '00000000-0000-4000-8000-00000000dead';

describe('project groups, the timeline and the map of partnerships', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  async function setUp() {
    const cast = await workspaceWithRoles(testApp.current.database.db);
    const themes = await send('GET', '/api/themes?limit=2', cast.coordinator);
    const partnership = await send('POST', '/api/partnerships', cast.coordinator, {
      workspaceId: cast.workspace.id,
      kind: 'district_partnership',
      title: { de: 'Stadtteilpartnerschaft Test', en: 'Test district partnership' },
      since: '2030-05',
      parties: [{ placeId: LEIPZIG }, { placeId: KYIV }],
      themeIds: [themes.body.items[0].id],
    });
    expect(partnership.status).toBe(201);
    return { ...cast, partnership: partnership.body, themeIds: themes.body.items.map((theme: { id: string }) => theme.id) as string[] };
  }

  it('keeps the themes of a partnership and the ids of parties that stay when parties change', async () => {
    const { coordinator, partnership, themeIds } = await setUp();
    expect(partnership.themes.map((theme: { id: string }) => theme.id)).toEqual([themeIds[0]]);
    const [leipzig, kyiv] = partnership.parties as { id: string }[];
    const changed = await send('PATCH', `/api/partnerships/${partnership.id}`, coordinator, {
      parties: [{ placeId: KYIV }, { placeId: LEIPZIG }, { placeId: demoId('place:munich') }],
      themeIds,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.parties.slice(0, 2).map((party: { id: string }) => party.id)).toEqual([kyiv!.id, leipzig!.id]);
    expect(changed.body.themes).toHaveLength(2);
    const filtered = await send('GET', `/api/partnerships?themeId=${themeIds[1]}`, coordinator);
    expect(filtered.body.items.map((item: { id: string }) => item.id)).toContain(partnership.id);
    expect((await send('PATCH', `/api/partnerships/${partnership.id}`, coordinator, { themeIds: [UNKNOWN] })).body.errors[0].field).toBe('body.themeIds.0');
  });

  it('forms project groups with members from both sides, naming unknown people and parties', async () => {
    const { app } = testApp.current;
    const { coordinator, guest, workspace, partnership, themeIds } = await setUp();
    const [gruenauSide, kyivSide] = await createPeople(app, coordinator, workspace.id, [
      ['Kerstin', 'Albrecht'],
      ['Serhii', 'Petrenko'],
    ]);
    const [leipzigParty, kyivParty] = partnership.parties as { id: string }[];
    const created = await send('POST', `/api/partnerships/${partnership.id}/project-groups`, coordinator, {
      title: { de: 'Schulen im Quartier', en: 'Schools in the neighbourhood' },
      themeId: themeIds[0],
      formedOn: '2030-12-03',
      members: [
        { personId: gruenauSide, partyId: leipzigParty!.id, role: 'lead' },
        { personId: kyivSide, partyId: kyivParty!.id },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'active',
      formedOn: '2030-12-03',
      theme: { id: themeIds[0] },
      members: [
        { person: { displayName: 'Kerstin Albrecht' }, partyId: leipzigParty!.id, role: 'lead' },
        { person: { displayName: 'Serhii Petrenko' }, partyId: kyivParty!.id, role: 'member' },
      ],
    });

    const bad = await send('POST', `/api/partnerships/${partnership.id}/project-groups`, coordinator, {
      title: { de: 'Kaputt' },
      members: [
        { personId: UNKNOWN, partyId: leipzigParty!.id },
        { personId: gruenauSide, partyId: UNKNOWN },
        { personId: gruenauSide },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((issue: { field: string }) => issue.field)).toEqual(['body.members.0.personId', 'body.members.1.partyId', 'body.members.2.personId']);
    expect(bad.body.errors[1].message).toBe('refers to no party of this partnership');

    expect((await send('POST', `/api/partnerships/${partnership.id}/project-groups`, guest, { title: { de: 'Gast' } })).status).toBe(403);
    const list = await send('GET', `/api/partnerships/${partnership.id}/project-groups`, guest);
    expect(list.body).toMatchObject({ canEdit: false, items: [{ id: created.body.id }] });

    const changed = await send('PATCH', `/api/partnerships/${partnership.id}/project-groups/${created.body.id}`, coordinator, { status: 'closed', members: [{ personId: kyivSide, partyId: kyivParty!.id }] });
    expect(changed.body).toMatchObject({ status: 'closed', members: [{ person: { id: kyivSide } }] });
    const history = await send('GET', `/api/workspaces/${workspace.id}/audit?entityType=project_group`, coordinator);
    expect(history.body.items.map((event: { action: string }) => event.action)).toEqual(['update', 'create']);
    expect((await send('DELETE', `/api/partnerships/${partnership.id}/project-groups/${created.body.id}`, coordinator)).status).toBe(204);
    expect((await send('DELETE', `/api/partnerships/${partnership.id}/project-groups/${created.body.id}`, coordinator)).status).toBe(404);
  });

  it('merges exchanges and project groups on one timeline, in date order, page by page', async () => {
    const { app } = testApp.current;
    const { coordinator, guest, workspace, partnership } = await setUp();
    const visit = await createExchange(app, coordinator, workspace.id, { kind: 'delegation_visit', partnershipId: partnership.id, startDate: '2030-05-14', endDate: '2030-05-18' });
    const ret = await createExchange(app, coordinator, workspace.id, { kind: 'return_visit', partnershipId: partnership.id, startDate: '2030-09-17', endDate: '2030-09-21' });
    const work = await createExchange(app, coordinator, workspace.id, { kind: 'delegation_visit', partnershipId: partnership.id, startDate: '2030-12-03', endDate: '2030-12-07' });
    const groups = [];
    for (const title of ['Wohnen', 'Soziokultur']) {
      groups.push((await send('POST', `/api/partnerships/${partnership.id}/project-groups`, coordinator, { title: { de: title }, formedOn: '2030-12-03' })).body);
    }
    const expected = [visit.id, ret.id, work.id, ...groups.map((group) => group.id).sort()];

    const all = await send('GET', `/api/partnerships/${partnership.id}/timeline`, guest);
    expect(all.status).toBe(200);
    expect(all.body.items.map((entry: { id: string }) => entry.id)).toEqual(expected);
    expect(all.body.items.map((entry: { type: string }) => entry.type)).toEqual(['exchange', 'exchange', 'exchange', 'project_group', 'project_group']);
    expect(all.body.items[3].path).toBe(`/partnerships/${partnership.id}#project-group-${all.body.items[3].id}`);

    for (const order of ['oldest', 'newest'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await send(
          'GET',
          `/api/partnerships/${partnership.id}/timeline?order=${order}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          guest,
        );
        seen.push(...page.body.items.map((entry) => entry.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(order === 'oldest' ? expected : [...expected].reverse());
    }
    expect((await send('GET', `/api/partnerships/${partnership.id}/timeline?type=project_group`, guest)).body.items).toHaveLength(2);
    expect((await send('GET', `/api/partnerships/${partnership.id}/timeline`, null)).status).toBe(404);
  });

  it('draws partnerships as lines between their located places', async () => {
    const map = await send('GET', '/api/partnerships/map', null);
    expect(map.status).toBe(200);
    const twinning = map.body.items.find((item: { id: string }) => item.id === demoId('partnership:leipzig-kyiv'));
    expect(twinning.places.map((place: { id: string }) => place.id)).toEqual([LEIPZIG, KYIV]);
    expect(twinning.places.every((place: { latitude: number | null }) => place.latitude !== null)).toBe(true);
    expect((await send('GET', '/api/partnerships/map?limit=501', null)).body.errors[0].field).toBe('query.limit');
  });
});
