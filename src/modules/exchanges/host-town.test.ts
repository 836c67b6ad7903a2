import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';

const GLAUCHAU = demoId('place:glauchau');
const LEIPZIG = demoId('place:leipzig');

interface Named {
  id: string;
  name?: string;
  kind?: string;
  seat?: { id: string } | null;
  title?: Record<string, string>;
  areas?: { id: string; name: string }[];
}

/** What a visitor sees of a network meeting's host town: its funding areas and neighbourhood managements. */
describe('the host town of a network meeting', () => {
  const testApp = useTestApp();
  const get = async (url: string) => {
    const response = await testApp.current.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return response.json() as { items: Named[] };
  };

  it('lists the neighbourhood managements seated in a town or in its quarters, and nothing from elsewhere', async () => {
    const inGlauchau = await get(`/api/organizations?withinPlaceId=${GLAUCHAU}&kind=neighbourhood_management`);
    expect(inGlauchau.items.map((organization) => organization.id)).toEqual([demoId('organization:glauchau-qm')]);

    const seatedInLeipzig = await get(`/api/organizations?seatPlaceId=${LEIPZIG}&limit=100`);
    const withinLeipzig = await get(`/api/organizations?withinPlaceId=${LEIPZIG}&limit=100`);
    const komm = demoId('organization:komm-haus');
    expect(seatedInLeipzig.items.map((organization) => organization.id)).not.toContain(komm);
    expect(withinLeipzig.items.map((organization) => organization.id)).toContain(komm);
    expect(withinLeipzig.items.length).toBeGreaterThan(seatedInLeipzig.items.length);
    expect(withinLeipzig.items.every((organization) => organization.seat !== null)).toBe(true);
  });

  it('lists the town’s area monitorings with the areas they observe', async () => {
    const monitors = await get(`/api/area-monitors?cityPlaceId=${GLAUCHAU}`);
    expect(monitors.items).toHaveLength(1);
    expect(monitors.items[0]!.title!.de).toBe('Fördergebiete der Stadt Glauchau');
    expect(monitors.items[0]!.areas!.map((area) => area.id).sort()).toEqual([demoId('place:scherberg'), demoId('place:unterstadt-mulde')].sort());
  });

  it('refuses a place filter that is not an id, naming the field', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/organizations?withinPlaceId=Glauchau' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('withinPlaceId');
  });
});
