import { describe, expect, it } from 'vitest';
import { requestsAs } from '../../../test/support/requests-as.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

interface Link {
  id: string;
  kind: string;
  direction: string;
  owner: { recordType: string; id: string };
  record: { id: string; recordType: string; title: Record<string, string>; path: string };
  outcome: { id: string; text: Record<string, string> } | null;
  canRemove: boolean;
}

describe('links between exchanges, projects and action plans', () => {
  const testApp = useTestApp();
  const anonymous = { headers: {} } as TestUser;
  const as = requestsAs(() => testApp.current.app);

  async function setUp() {
    const db = testApp.current.database.db;
    const workspace = await createTestWorkspace(db, 'Stadtumbau');
    const user = await createTestUser(db, { memberships: [[workspace.id, 'coordinator']] });
    const created = async (url: string, payload: object) => {
      const response = await as(user).post(url, { workspaceId: workspace.id, visibility: 'public', ...payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const exchange = (title: string, kind: string, startDate: string, endDate: string) => created('/api/exchanges', { title: { de: title }, kind, startDate, endDate });
    return {
      db,
      workspace,
      user,
      congress: await exchange('Bundeskongress Städtebauförderung', 'conference', '2015-09-16', '2015-09-17'),
      trip: await exchange('Peer-Learning-Reise', 'peer_learning_trip', '2015-09-16', '2015-09-21'),
      visit: await exchange('Besuch der Quartiersmanagements', 'site_visit', '2020-03-02', '2020-03-02'),
      workshop: await exchange('Lernwerkstatt der Quartiersmanagements', 'workshop', '2020-06-10', '2020-06-10'),
      project: await created('/api/projects', { title: { de: 'Initiativmanagement' } }),
      plan: await created('/api/action-plans', { title: { de: 'Handlungsplan Pilotgebiet' }, areaPlaceId: demoId('place:gruenau'), periodStart: '2020-01-01', periodEnd: '2021-12-31' }),
    };
  }

  const linksOf = async (user: TestUser, recordType: string, recordId: string) => {
    const response = await as(user).get(`/api/record-links?recordType=${recordType}&recordId=${recordId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Link[] }>().items;
  };

  const historyOf = async (user: TestUser, collection: string, id: string) =>
    (await as(user).get(`/api/${collection}/${id}/history`)).json<{ items: { after: Record<string, unknown> | null; before: Record<string, unknown> | null }[] }>().items;

  it('ties a trip to the congress it accompanies, shown from both sides and in both histories', async () => {
    const { user, congress, trip } = await setUp();
    const linked = await as(user).post(`/api/exchanges/${trip}/links`, { kind: 'accompanies', targetId: congress });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json()).toMatchObject({ kind: 'accompanies', direction: 'outgoing', record: { id: congress, recordType: 'exchange', title: { de: 'Bundeskongress Städtebauförderung' } }, canRemove: true });

    const fromCongress = await linksOf(user, 'exchange', congress);
    expect(fromCongress).toEqual([expect.objectContaining({ kind: 'accompanies', direction: 'incoming', record: expect.objectContaining({ id: trip, path: `/exchanges/${trip}` }), canRemove: false })]);
    // Visitors read the public link too, without the right to remove it.
    expect((await linksOf(anonymous, 'exchange', congress)).map((link) => [link.record.id, link.canRemove])).toEqual([[trip, false]]);

    expect((await historyOf(user, 'exchanges', trip)).some((event) => event.after?.accompanies === congress)).toBe(true);
    expect((await historyOf(user, 'exchanges', congress)).some((event) => event.after?.accompaniedBy === trip)).toBe(true);

    const removed = await as(user).delete(`/api/exchanges/${trip}/links/${linked.json<Link>().id}`);
    expect(removed.statusCode).toBe(204);
    expect(await linksOf(user, 'exchange', congress)).toEqual([]);
    expect((await historyOf(user, 'exchanges', congress)).some((event) => event.before?.accompaniedBy === trip)).toBe(true);
  });

  it('refuses a bad target with a 400 naming the field, and writes nothing', async () => {
    const { db, user, congress, trip, visit, workshop } = await setUp();
    const other = await createTestWorkspace(db, 'Andere Stadt');
    const stranger = await createTestUser(db, { memberships: [[other.id, 'owner']] });
    const hidden = (await as(stranger).post('/api/exchanges', { workspaceId: other.id, visibility: 'private', title: { de: 'Internes Treffen' }, kind: 'workshop', startDate: '2020-01-01', endDate: '2020-01-01' })).json<{ id: string }>().id;
    const refused = async (exchangeId: string, payload: object, code: string) => {
      const response = await as(user).post(`/api/exchanges/${exchangeId}/links`, payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ errors: { field: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ field: 'body.targetId', code })]);
    };
    await refused(trip, { kind: 'accompanies', targetId: trip }, 'merge_into_self');
    await refused(trip, { kind: 'accompanies', targetId: '00000000-0000-4000-8000-000000000000' }, 'unknown_reference');
    await refused(trip, { kind: 'side_event_of', targetId: hidden }, 'unknown_reference');
    await refused(trip, { kind: 'project', targetId: congress }, 'unknown_reference');

    expect((await as(user).post(`/api/exchanges/${workshop}/links`, { kind: 'follow_up_of', targetId: visit })).statusCode).toBe(201);
    await refused(workshop, { kind: 'side_event_of', targetId: visit }, 'not_unique');
    await refused(visit, { kind: 'accompanies', targetId: workshop }, 'not_unique');
    expect((await as(user).post(`/api/exchanges/${congress}/links`, { kind: 'follow_up_of', targetId: workshop })).statusCode).toBe(201);
    // The visit cannot follow up the congress, which (through the workshop) follows up the visit.
    await refused(visit, { kind: 'follow_up_of', targetId: congress }, 'merge_into_self');

    expect(await linksOf(user, 'exchange', trip)).toEqual([]);
    expect((await as(anonymous).post(`/api/exchanges/${trip}/links`, { kind: 'accompanies', targetId: congress })).statusCode).toBe(401);
    expect((await as(stranger).post(`/api/exchanges/${trip}/links`, { kind: 'accompanies', targetId: congress })).statusCode).toBe(403);
  });

  it('links a workshop, one of its outcomes and an action plan to a project, all shown on the project', async () => {
    const { user, workshop, project, plan } = await setUp();
    const recorded = await as(user).post(`/api/exchanges/${workshop}/outcomes`, { kind: 'idea', text: { de: 'Beteiligungsformat im Pilotgebiet erproben' } });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const outcome = recorded.json<{ id: string }>().id;
    expect((await as(user).post(`/api/exchanges/${workshop}/links`, { kind: 'project', targetId: project })).statusCode).toBe(201);
    const fromOutcome = await as(user).post(`/api/exchanges/${workshop}/links`, { kind: 'project', targetId: project, outcomeId: outcome });
    expect(fromOutcome.statusCode, fromOutcome.body).toBe(201);
    expect(fromOutcome.json()).toMatchObject({ outcome: { id: outcome, text: { de: 'Beteiligungsformat im Pilotgebiet erproben' } } });
    const planLink = await as(user).post(`/api/action-plans/${plan}/projects`, { projectId: project });
    expect(planLink.statusCode, planLink.body).toBe(201);
    expect((await as(user).post(`/api/action-plans/${plan}/projects`, { projectId: project })).json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.projectId');

    const onProject = await linksOf(user, 'project', project);
    expect(onProject.map((link) => [link.record.recordType, link.record.id, link.direction, link.outcome?.id ?? null])).toEqual([
      ['exchange', workshop, 'incoming', null],
      ['exchange', workshop, 'incoming', outcome],
      ['action_plan', plan, 'incoming', null],
    ]);
    expect((await linksOf(user, 'action_plan', plan)).map((link) => [link.record.id, link.direction, link.canRemove])).toEqual([[project, 'outgoing', true]]);
    expect((await historyOf(user, 'projects', project)).filter((event) => event.after?.linkedExchange === workshop || event.after?.linkedPlan === plan)).toHaveLength(3);

    expect((await as(user).delete(`/api/action-plans/${plan}/projects/${planLink.json<Link>().id}`)).statusCode).toBe(204);
    expect((await linksOf(user, 'project', project)).map((link) => link.record.recordType)).toEqual(['exchange', 'exchange']);
  });

  it('shows nothing of a linked record the viewer may not read', async () => {
    const { db, user, project } = await setUp();
    const other = await createTestWorkspace(db, 'Nachbarstadt');
    const neighbour = await createTestUser(db, { memberships: [[other.id, 'coordinator']] });
    const internal = (await as(neighbour).post('/api/exchanges', { workspaceId: other.id, visibility: 'workspace', title: { de: 'Interne Abstimmung' }, kind: 'workshop', startDate: '2021-01-01', endDate: '2021-01-01' })).json<{ id: string }>().id;
    expect((await as(neighbour).post(`/api/exchanges/${internal}/links`, { kind: 'project', targetId: project })).statusCode).toBe(201);

    expect((await linksOf(neighbour, 'project', project)).map((link) => link.record.id)).toEqual([internal]);
    expect(await linksOf(user, 'project', project)).toEqual([]);
    expect(await linksOf(anonymous, 'project', project)).toEqual([]);
    expect((await as(anonymous).get(`/api/record-links?recordType=exchange&recordId=${internal}`)).statusCode).toBe(404);
  });

  it('ties the demo peer-learning trip to the congress it accompanies', async () => {
    const links = await linksOf(anonymous, 'exchange', demoId('exchange:congress-2015'));
    expect(links.map((link) => [link.kind, link.direction, link.record.id])).toEqual([['accompanies', 'incoming', demoId('exchange:peer-learning-trip-2015')]]);
  });
});
