import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { useTestApp } from '../../../test/support/test-app.js';

describe('networks API', () => {
  const testApp = useTestApp();
  const get = (url: string) => testApp.current.app.inject({ method: 'GET', url });

  it('lists the regional network with its current member count', async () => {
    const page = (await get('/api/networks')).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ cadence: 'quarterly', memberCount: 11, region: { names: { en: 'Saxony' } } });
    expect((await get('/api/networks?cadence=monthly')).json().items).toEqual([]);
  });

  it('shows the members and the carrying association', async () => {
    const network = (await get(`/api/networks/${demoId('network:lag-sachsen')}`)).json();
    expect(network.organization).toMatchObject({ kind: 'network', shortName: 'LAG Sachsen' });
    const towns = network.members.map((member: { place: { name: string } }) => member.place.name);
    expect(towns).toContain('Glauchau');
    expect(towns).toHaveLength(11);
  });

  it('answers 404 for an unknown network', async () => {
    expect((await get('/api/networks/6f1d3c2a-1111-4a2b-9c3d-123456789abc')).statusCode).toBe(404);
  });
});
