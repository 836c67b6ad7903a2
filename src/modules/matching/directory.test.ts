import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileCreator, referenceThemeIds } from '../../../test/support/matching-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { type TestUser, useWorkspaceWithUsers } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

interface Entry {
  id: string;
  direction: 'need' | 'offer';
  kind: string;
  urgency: string;
  description: Record<string, string>;
  profile: { id: string; place: { name: string } | null; partnershipTypes: string[] };
  location: { id: string; name: string; countryCode: string } | null;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}

describe('the public directory of needs and offers', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const get = (url: string, user?: TestUser) => inject({ method: 'GET', url, headers: user?.headers });
  const createProfile = profileCreator(() => testApp.current.app);
  const { workspace, member } = useWorkspaceWithUsers(testApp, 'Kamjanez', { member: 'coordinator' });
  let energyNetworks: string;

  beforeAll(async () => {
    energyNetworks = (await referenceThemeIds(testApp.current.database.db))['energy-networks']!;
  });

  async function page(query: string, user?: TestUser): Promise<Page> {
    const response = await get(`/api/matching/directory${query}`, user);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Page;
  }

  it('shows a visitor the published needs and offers with their places, and filters them', async () => {
    const all = await page('?limit=100');
    expect(all.items.length).toBeGreaterThanOrEqual(12);
    expect(all.items.map((entry) => entry.id)).toContain(demoId('matching-item:sambir:heating'));

    const ukrainianNeeds = await page('?direction=need&country=ua&limit=100');
    expect(ukrainianNeeds.items.map((entry) => entry.location?.name).sort()).toEqual(['Луцьк', 'Нововолинськ', 'Самбір', 'Тростянець']);
    expect(ukrainianNeeds.items.every((entry) => entry.direction === 'need' && entry.location?.countryCode === 'UA')).toBe(true);

    const heating = await page(`?themeId=${energyNetworks}&kind=know_how&limit=100`);
    expect(heating.items.map((entry) => entry.id).sort()).toEqual([demoId('matching-item:chemnitz:heating'), demoId('matching-item:sambir:heating')].sort());

    const urgentSolidarity = await page('?urgency=high&partnershipType=solidarity_partnership&maxPopulation=300000&limit=100');
    expect(urgentSolidarity.items.map((entry) => entry.location?.name).sort()).toEqual(['Луцьк', 'Самбір', 'Тростянець']);
  });

  it('pages through the directory without repeating or losing an entry', async () => {
    const all = await page('?limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(`?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(next.items.length).toBeLessThanOrEqual(5);
      seen.push(...next.items.map((entry) => entry.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((entry) => entry.id));
  });

  it('never lists what an owner kept to the workspace, not even to its members', async () => {
    const created = await createProfile(member, {
      workspaceId: workspace.id,
      placeId: demoId('place:sambir'),
      visibility: 'workspace',
      items: [{ direction: 'need', themeId: energyNetworks, kind: 'equipment', description: { de: 'Pumpen für das Wärmenetz' } }],
    });
    const hidden = created.needs[0]!.id;
    expect((await page('?limit=100', member)).items.map((entry) => entry.id)).not.toContain(hidden);
    expect((await page('?limit=100')).items.map((entry) => entry.id)).not.toContain(hidden);
  });

  it('leaves out a need whose date has passed', async () => {
    const { needs } = await createProfile(member, {
      workspaceId: workspace.id,
      placeId: demoId('place:lutsk'),
      visibility: 'public',
      items: [
        { direction: 'need', themeId: energyNetworks, kind: 'equipment', description: { de: 'Kessel für den Winter 2020' }, until: '2020-03-31' },
        { direction: 'need', themeId: energyNetworks, kind: 'equipment', description: { de: 'Kessel für den nächsten Winter' }, until: '2099-03-31' },
      ],
    });
    const expired = needs.find((need) => need.until === '2020-03-31')!.id;
    const current = needs.find((need) => need.until === '2099-03-31')!.id;
    const listed = (await page('?limit=100')).items.map((entry) => entry.id);
    expect(listed).toContain(current);
    expect(listed).not.toContain(expired);
  });

  it('counts the entries per place for the map, one marker per place', async () => {
    const response = await get('/api/matching/directory/places?country=UA');
    expect(response.statusCode, response.body).toBe(200);
    const places = (response.json() as { places: { place: { id: string; latitude: number }; needs: number; offers: number }[] }).places;
    const lutsk = places.find((entry) => entry.place.id === demoId('place:lutsk'));
    expect(lutsk?.offers).toBe(1);
    expect(lutsk?.needs).toBeGreaterThanOrEqual(1);
    expect(new Set(places.map((entry) => entry.place.id)).size).toBe(places.length);
    const listed = await page('?country=UA&limit=100');
    expect(places.reduce((sum, entry) => sum + entry.needs + entry.offers, 0)).toBe(listed.items.length);
  });

  it('names the field of a wrong filter or cursor', async () => {
    const range = await get('/api/matching/directory?minPopulation=50000&maxPopulation=1000');
    expect(range.statusCode).toBe(400);
    expect(range.json().errors).toEqual([expect.objectContaining({ field: 'query.maxPopulation', code: 'too_small' })]);
    const cursor = await get('/api/matching/directory?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().errors).toEqual([expect.objectContaining({ field: 'query.cursor', code: 'invalid_cursor' })]);
    const direction = await get('/api/matching/directory?direction=gift');
    expect(direction.statusCode).toBe(400);
    expect(direction.json().errors[0].field).toBe('query.direction');
  });
});
