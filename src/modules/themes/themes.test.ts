import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';

interface Theme {
  id: string;
  slug: string;
  parentId: string | null;
}

describe('themes API', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const tree = async (headers: Record<string, string> = {}) => (await inject({ method: 'GET', url: '/api/themes/tree', headers })).json().items as Theme[];

  it('starts from the seeded taxonomy in three languages', async () => {
    const themes = await tree();
    const housing = themes.find((theme) => theme.slug === 'housing')!;
    expect(themes.find((theme) => theme.slug === 'housing-management')?.parentId).toBe(housing.id);
    const detail = (await inject({ method: 'GET', url: `/api/themes/${housing.id}` })).json();
    expect(detail.name).toEqual({ de: 'Wohnen', en: 'Housing', uk: 'Житло' });
    expect(detail.children.map((child: Theme) => child.slug)).toEqual(['housing-management']);
    expect((await inject({ method: 'GET', url: '/api/themes?q=energie' })).json().items.map((item: Theme) => item.slug).sort()).toEqual([
      'energy-networks',
      'renewable-energy',
    ]);
  });

  it('lets coordinators, not members, curate themes, and merges one into another with undo', async () => {
    const { db } = testApp.current.database;
    const member = await createTestUser(db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const coordinator = await createTestUser(db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    const payload = { workspaceId: DEMO_WORKSPACE_ID, slug: 'neighbourhood-work', name: { de: 'Gemeinwesenarbeit', en: 'Community work' } };
    expect((await inject({ method: 'POST', url: '/api/themes', payload, headers: member.headers })).statusCode).toBe(403);
    const badSlug = await inject({ method: 'POST', url: '/api/themes', payload: { ...payload, slug: 'Neighbourhood Work' }, headers: coordinator.headers });
    expect(badSlug.json().errors[0].field).toBe('body.slug');
    const created = await inject({ method: 'POST', url: '/api/themes', payload, headers: coordinator.headers });
    expect(created.statusCode, created.body).toBe(201);
    const work = created.json();

    const qm = (await tree()).find((theme) => theme.slug === 'neighbourhood-management')!;
    await inject({
      method: 'PATCH',
      url: `/api/organizations/${demoId('organization:glauchau-qm')}`,
      payload: { themeIds: [work.id, qm.id] },
      headers: coordinator.headers,
    });
    await inject({ method: 'PATCH', url: `/api/organizations/${demoId('organization:komm-haus')}`, payload: { themeIds: [work.id] }, headers: coordinator.headers });

    const merged = await inject({ method: 'POST', url: `/api/themes/${work.id}/merge`, payload: { into: qm.id }, headers: coordinator.headers });
    expect(merged.statusCode, merged.body).toBe(200);
    // Glauchau's management had both themes: that link is dropped, KOMM-Haus's moves.
    expect(merged.json().changes).toEqual([{ table: 'organization_themes', column: 'theme_id', repointed: 1, removed: 1 }]);
    const komm = (await inject({ method: 'GET', url: `/api/organizations/${demoId('organization:komm-haus')}` })).json();
    expect(komm.themes.map((theme: Theme) => theme.slug)).toEqual(['neighbourhood-management']);

    const undone = await inject({ method: 'POST', url: `/api/themes/merges/${merged.json().eventId}/undo`, headers: coordinator.headers });
    expect(undone.statusCode, undone.body).toBe(200);
    const glauchau = (await inject({ method: 'GET', url: `/api/organizations/${demoId('organization:glauchau-qm')}` })).json();
    expect(glauchau.themes.map((theme: Theme) => theme.slug).sort()).toEqual(['neighbourhood-management', 'neighbourhood-work']);
  });
});
