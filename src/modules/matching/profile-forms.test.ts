import type { InjectOptions } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileCreator, referenceThemeIds } from '../../../test/support/matching-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { useWorkspaceWithUsers } from '../../../test/support/test-users.js';
import { auditEvents } from '../audit/audit.tables.js';
import { demoId } from '../../demo/demo-id.js';

interface Item {
  id: string;
  urgency: string;
  kind: string;
  until: string | null;
  description: Record<string, string>;
  theme: { slug: string } | null;
}

describe('editing needs and offers, and an expert’s past exchanges', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const createProfile = profileCreator(() => testApp.current.app);
  const theme: Record<string, string> = {};
  const { workspace, owner } = useWorkspaceWithUsers(testApp, 'Schytomyr', { owner: 'coordinator' });
  const { stranger } = useWorkspaceWithUsers(testApp, 'Anderswo', { stranger: 'coordinator' });

  beforeAll(async () => {
    Object.assign(theme, await referenceThemeIds(testApp.current.database.db));
  });

  async function profileWithNeed() {
    const body = await createProfile<{ id: string; needs: Item[] }>(owner, {
      workspaceId: workspace.id,
      placeId: demoId('place:sambir'),
      visibility: 'public',
      items: [{ direction: 'need', themeId: theme['energy-networks'], kind: 'know_how', description: { de: 'Fernwärme' } }],
    });
    return { profileId: body.id, needId: body.needs[0]!.id };
  }

  it('changes a need in place and records what it was before', async () => {
    const { profileId, needId } = await profileWithNeed();
    const response = await inject({
      method: 'PATCH',
      url: `/api/matching/profiles/${profileId}/items/${needId}`,
      headers: owner.headers,
      payload: { urgency: 'high', kind: 'equipment', until: '2027-04-30', themeId: theme['renewable-energy'], description: { de: 'Solaranlagen für Schulen', uk: 'Сонячні станції для шкіл' } },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ urgency: 'high', kind: 'equipment', until: '2027-04-30', theme: { slug: 'renewable-energy' }, description: { uk: 'Сонячні станції для шкіл' } });
    const detail = (await inject({ method: 'GET', url: `/api/matching/profiles/${profileId}` })).json() as { needs: Item[] };
    expect(detail.needs.map((need) => need.kind)).toEqual(['equipment']);

    const db = testApp.current.database.db;
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, needId), eq(auditEvents.action, 'update')));
    expect(event!.before).toMatchObject({ urgency: 'medium', kind: 'know_how' });
    expect(event!.after).toMatchObject({ urgency: 'high', kind: 'equipment' });
  });

  it('refuses an empty description, an unknown theme and someone else’s need, changing nothing', async () => {
    const { profileId, needId } = await profileWithNeed();
    const url = `/api/matching/profiles/${profileId}/items/${needId}`;
    const empty = await inject({ method: 'PATCH', url, headers: owner.headers, payload: { description: { de: '  ' } } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('body.description');
    const unknown = await inject({ method: 'PATCH', url, headers: owner.headers, payload: { themeId: '00000000-0000-4000-8000-000000000000', urgency: 'low' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'body.themeId', code: 'unknown_reference' });
    const foreign = await inject({ method: 'PATCH', url, headers: stranger.headers, payload: { urgency: 'low' } });
    expect(foreign.statusCode).toBe(403);
    const detail = (await inject({ method: 'GET', url: `/api/matching/profiles/${profileId}` })).json() as { needs: Item[] };
    expect(detail.needs[0]).toMatchObject({ urgency: 'medium', description: { de: 'Fernwärme' } });
    const elsewhere = await profileWithNeed();
    const wrongProfile = await inject({ method: 'PATCH', url: `/api/matching/profiles/${elsewhere.profileId}/items/${needId}`, headers: owner.headers, payload: { urgency: 'low' } });
    expect(wrongProfile.statusCode).toBe(404);
  });

  it('shows the exchanges an expert facilitated on the profile and counts them as experience', async () => {
    const profile = await createProfile<{ id: string; subject: string; availability: string; pastExchanges: { title: Record<string, string>; startDate: string; roles: string[] }[] }>(owner, {
      workspaceId: workspace.id,
      personId: demoId('person:richter'),
      visibility: 'public',
      themeIds: [theme['housing-management']],
      languages: ['de'],
      availability: 'zwei Wochen im Frühjahr',
    });
    expect(profile.subject).toBe('expert');
    expect(profile.availability).toBe('zwei Wochen im Frühjahr');
    expect(profile.pastExchanges.length).toBeGreaterThan(0);
    expect(profile.pastExchanges.every((exchange) => exchange.roles.includes('facilitator') && exchange.startDate <= new Date().toISOString().slice(0, 10))).toBe(true);

    const seeker = await createProfile(owner, {
      workspaceId: workspace.id,
      placeId: demoId('place:novovolynsk'),
      visibility: 'workspace',
      items: [{ direction: 'need', themeId: theme['housing-management'], kind: 'know_how', description: { en: 'Refurbishing prefabricated housing blocks' } }],
    });
    const suggestions = await inject({ method: 'GET', url: `/api/matching/profiles/${seeker.id}/suggestions?subject=expert`, headers: owner.headers });
    expect(suggestions.statusCode, suggestions.body).toBe(200);
    const richter = (suggestions.json() as { items: { profile: { id: string }; reasons: { code: string; params: { count?: number } }[] }[] }).items.find((item) => item.profile.id === profile.id);
    expect(richter?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'experience_on_theme' })]));
  });
});
