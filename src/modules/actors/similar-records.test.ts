import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

describe('similar records before entering an organization or a person', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const db = () => testApp.current.database.db;

  async function newcomer() {
    const workspace = await createTestWorkspace(db(), 'Quartiersmanagement Schönefeld');
    const user = await createTestUser(db(), { memberships: [[workspace.id, 'owner']] });
    return { workspace, user, get: (url: string) => inject({ method: 'GET', url, headers: user.headers }) };
  }

  it('finds an organization of the same or a near name and seat in another workspace, with what tells it apart', async () => {
    const { get } = await newcomer();
    const same = await get(`/api/organizations/similar?name=${encodeURIComponent('Stadt Leipzig')}&seatPlaceId=${demoId('place:leipzig')}`);
    expect(same.statusCode).toBe(200);
    const [first] = same.json().items;
    expect(first).toMatchObject({ id: demoId('organization:leipzig-city'), seat: { id: demoId('place:leipzig') }, workspace: { name: expect.any(String) } });

    const misspelt = (await get(`/api/organizations/similar?name=${encodeURIComponent('stadt leipzg')}`)).json().items;
    expect(misspelt.map((item: { id: string }) => item.id)).toContain(demoId('organization:leipzig-city'));

    const elsewhere = (await get(`/api/organizations/similar?name=${encodeURIComponent('Stadt Leipzig')}&seatPlaceId=${demoId('place:kyiv')}`)).json().items;
    expect(elsewhere.map((item: { id: string }) => item.id)).not.toContain(demoId('organization:leipzig-city'));

    const unrelated = (await get(`/api/organizations/similar?name=${encodeURIComponent('Bürgerverein Volkmarsdorf')}`)).json().items;
    expect(unrelated).toEqual([]);

    const office = (await get(`/api/organizations/autocomplete?q=${encodeURIComponent('Stadtplanungsamt Leipzig')}`)).json().items[0];
    expect(office).toMatchObject({ id: demoId('organization:leipzig-planning'), parent: { id: demoId('organization:leipzig-city') }, workspace: { name: expect.any(String) } });
  });

  it('does not reveal a private organization of a workspace the viewer does not belong to', async () => {
    const owner = await newcomer();
    const created = await inject({
      method: 'POST',
      url: '/api/organizations',
      headers: owner.user.headers,
      payload: { workspaceId: owner.workspace.id, kind: 'ngo', name: 'Freundeskreis Zwiebelturm Quedlinburg', visibility: 'private' },
    });
    expect(created.statusCode).toBe(201);
    const ids = async (get: (url: string) => ReturnType<typeof inject>) =>
      (await get('/api/organizations/similar?name=Freundeskreis%20Zwiebelturm%20Quedlinburg')).json().items.map((item: { id: string }) => item.id);
    expect(await ids(owner.get)).toContain(created.json().id);
    const stranger = await newcomer();
    expect(await ids(stranger.get)).not.toContain(created.json().id);
    expect(await ids((url) => inject({ method: 'GET', url }))).not.toContain(created.json().id);
  });

  it('finds a person of a near name with their current organizations', async () => {
    const { get } = await newcomer();
    const found = (await get('/api/people/similar?givenName=Gunnar&familyName=Heerdegen')).json().items;
    expect(found[0]).toMatchObject({ id: demoId('person:heerdegen'), workspace: { name: expect.any(String) }, current: [expect.objectContaining({ organization: expect.objectContaining({ id: demoId('organization:glauchau-city') }) })] });
    const nearly = (await get('/api/people/similar?givenName=Gunar&familyName=Herdegen')).json().items;
    expect(nearly.map((item: { id: string }) => item.id)).toContain(demoId('person:heerdegen'));
    expect((await get('/api/people/similar?givenName=Olena&familyName=Kovalenko')).json().items).toEqual([]);
  });

  it('names the field of a lookup it cannot make', async () => {
    const { get } = await newcomer();
    const tooShort = await get('/api/organizations/similar?name=L');
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['query.name']);
    const noSeat = await get('/api/organizations/similar?name=Stadt&seatPlaceId=leipzig');
    expect(noSeat.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['query.seatPlaceId']);
    const noFamily = await get('/api/people/similar?givenName=Gunnar');
    expect(noFamily.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['query.familyName']);
  });
});
