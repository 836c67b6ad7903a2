import { describe, expect, it } from 'vitest';
import { GERMAN_REPORT } from '../../../test/fixtures/reports/report-texts.js';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { extractionsFinished } from '../../../test/support/test-jobs.js';
import { createTestUser } from '../../../test/support/test-users.js';
import { eq } from 'drizzle-orm';
import { demoId } from '../../demo/demo-id.js';
import { actionPlans } from '../plans/plans.tables.js';
import { exchanges } from '../exchanges/exchanges.tables.js';
import { seedDemo } from '../../demo/demo-seed.js';

interface Start {
  counts: { partnerships: number; exchanges: number; documents: number; towns: number };
  map: { items: { id: string }[]; more: boolean };
  upcomingExchanges: { id: string }[];
  recentDocuments: { id: string }[];
  mine: null | {
    upcomingExchanges: { id: string }[];
    openRegistrations: { exchange: { id: string }; invited: number; waitlisted: number }[];
    plansAwaitingAgreement: { plan: { id: string }; side: { id: string; place: { id: string } | null } }[];
    overdueMeasures: { id: string; plan: { id: string } }[];
    documentsToReview: { id: string; pendingProposals: number }[];
  };
}

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('the start page', () => {
  const testApp = useTestApp({ jobs: true });

  it('shows a visitor public records only, and a member also what awaits them in their workspaces', async () => {
    const app = testApp.current.app;
    const send = requester(app);
    const { workspace, coordinator, guest, outsider } = await workspaceWithRoles(testApp.current.database.db, 'Stadterneuerung Grünau');
    const start = async (user: typeof coordinator | null) => {
      const response = await send('GET', '/api/start', user);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as Start;
    };
    const visitorBefore = await start(null);
    const memberBefore = await start(coordinator);
    expect(visitorBefore.mine).toBeNull();
    expect(memberBefore.mine).toEqual({ upcomingExchanges: [], openRegistrations: [], plansAwaitingAgreement: [], overdueMeasures: [], documentsToReview: [] });

    // A public partnership with a town no other partnership has, and one seen inside the workspace only.
    const partnership = (k: string, visibility: string, placeId: string) =>
      send('POST', '/api/partnerships', coordinator, { workspaceId: workspace.id, visibility, kind: 'project_partnership', title: { de: k }, parties: [{ placeId: demoId('place:leipzig') }, { placeId }] });
    const open = await partnership('Öffentliche Projektpartnerschaft', 'public', demoId('place:leipzig-paunsdorf'));
    expect(open.status, JSON.stringify(open.body)).toBe(201);
    const inside = await partnership('Interne Projektpartnerschaft', 'workspace', demoId('place:leipzig-mockau'));
    const publicExchange = await createExchange(app, coordinator, workspace.id, { visibility: 'public', title: { de: 'Öffentliche Werkstatt' }, startDate: future(1), endDate: future(2), capacity: 1 });
    const internalExchange = await createExchange(app, coordinator, workspace.id, { visibility: 'workspace', title: { de: 'Interne Werkstatt' }, startDate: future(3), endDate: future(3) });
    await createExchange(app, coordinator, workspace.id, { visibility: 'public', title: { de: 'Vergangene Werkstatt' }, startDate: past(30), endDate: past(29) });
    const document = await send('POST', '/api/documents', coordinator, { workspaceId: workspace.id, kind: 'report', visibility: 'public', text: GERMAN_REPORT, extract: true });
    expect(document.status, JSON.stringify(document.body)).toBe(201);
    await send('POST', '/api/documents', coordinator, { workspaceId: workspace.id, kind: 'news', visibility: 'workspace', title: 'Interne Notiz', text: 'Nur für uns.' });
    await extractionsFinished(testApp.current.database.db, [document.body.id]);

    // Two people for one place: one registered, one waiting.
    const people = await createPeople(app, coordinator, workspace.id, [
      ['Olena', 'Koval'],
      ['Petro', 'Bondar'],
    ]);
    expect((await send('POST', `/api/exchanges/${publicExchange.id}/registrations`, coordinator, { personIds: people })).status).toBe(201);

    // A draft plan of the internal partnership, whose measure is overdue.
    const plan = await send('POST', '/api/action-plans', coordinator, { workspaceId: workspace.id, title: { de: 'Aktionsplan Grünau' }, partnershipId: inside.body.id, periodStart: past(400), periodEnd: future(400) });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    // Recorded when its period began: a measure ending since then and not reported done is overdue.
    await testApp.current.database.db.update(actionPlans).set({ createdAt: new Date(`${past(400)}T09:00:00Z`) }).where(eq(actionPlans.id, plan.body.id));
    const priority = await send('POST', `/api/action-plans/${plan.body.id}/priorities`, coordinator, { title: { de: 'Wohnen' } });
    const measure = await send('POST', `/api/action-plans/${plan.body.id}/measures`, coordinator, { priorityId: priority.body.priorities[0].id, title: { de: 'Mieterberatung' }, startDate: past(100), endDate: past(10) });
    expect(measure.status, JSON.stringify(measure.body)).toBe(201);

    const visitor = await start(null);
    expect(visitor.counts).toEqual({
      partnerships: visitorBefore.counts.partnerships + 1,
      exchanges: visitorBefore.counts.exchanges + 2,
      documents: visitorBefore.counts.documents + 1,
      towns: visitorBefore.counts.towns + 1,
    });
    expect(visitor.map.items.map((item) => item.id)).toContain(open.body.id);
    expect(visitor.map.items.map((item) => item.id)).not.toContain(inside.body.id);
    expect(visitor.upcomingExchanges.map((item) => item.id)).toContain(publicExchange.id);
    expect(visitor.upcomingExchanges.map((item) => item.id)).not.toContain(internalExchange.id);
    expect(visitor.recentDocuments.map((item) => item.id)).toContain(document.body.id);
    expect(visitor.mine).toBeNull();

    const member = await start(coordinator);
    expect(member.counts.partnerships).toBe(memberBefore.counts.partnerships + 2);
    expect(member.counts.exchanges).toBe(memberBefore.counts.exchanges + 3);
    expect(member.counts.documents).toBe(memberBefore.counts.documents + 2);
    expect(member.counts.towns).toBe(memberBefore.counts.towns + 2);
    expect(member.map.items.map((item) => item.id)).toContain(inside.body.id);
    expect(member.mine!.upcomingExchanges.map((item) => item.id)).toEqual([publicExchange.id, internalExchange.id]);
    expect(member.mine!.openRegistrations).toEqual([{ exchange: expect.objectContaining({ id: publicExchange.id }), invited: 0, waitlisted: 1 }]);
    expect(member.mine!.plansAwaitingAgreement.map((entry) => [entry.plan.id, entry.side.place?.id])).toEqual([
      [plan.body.id, demoId('place:leipzig')],
      [plan.body.id, demoId('place:leipzig-mockau')],
    ]);
    expect(member.mine!.overdueMeasures).toEqual([expect.objectContaining({ id: measure.body.measures[0].id, plan: expect.objectContaining({ id: plan.body.id }) })]);
    expect(member.mine!.documentsToReview.map((entry) => entry.id)).toEqual([document.body.id]);
    expect(member.mine!.documentsToReview[0]!.pendingProposals).toBeGreaterThan(0);

    // Once the coordinator has agreed for one side, the other side waits for someone else.
    await send('POST', `/api/action-plans/${plan.body.id}/agreements`, coordinator, { sideId: plan.body.sides[0].id });
    expect((await start(coordinator)).mine!.plansAwaitingAgreement).toEqual([]);

    // A guest reads the workspace's exchanges and plans but has nothing to agree, register or review.
    const forGuest = (await start(guest)).mine!;
    expect(forGuest.upcomingExchanges.map((item) => item.id)).toEqual([publicExchange.id, internalExchange.id]);
    expect(forGuest.plansAwaitingAgreement).toEqual([]);
    expect(forGuest.openRegistrations).toEqual([]);
    expect(forGuest.documentsToReview).toEqual([]);
    expect(forGuest.overdueMeasures).toHaveLength(1);

    // Someone of another workspace sees the public records only, and nothing of this workspace's work.
    const stranger = await start(outsider);
    expect(stranger.counts).toEqual(visitor.counts);
    expect(stranger.mine).toEqual({ upcomingExchanges: [], openRegistrations: [], plansAwaitingAgreement: [], overdueMeasures: [], documentsToReview: [] });
    const lone = await createTestUser(testApp.current.database.db);
    expect((await start(lone)).mine!.upcomingExchanges).toEqual([]);
  });

  it('shows a visitor of the demo the network meetings and exchanges ahead, whatever day the demo was started', async () => {
    const { app, database } = testApp.current;
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = async () => ((await requester(app)('GET', '/api/start', null)).body as { upcomingExchanges: { id: string; kind: string; startDate: string }[] }).upcomingExchanges;
    const ahead = await upcoming();
    expect(ahead.map((exchange) => exchange.id)).toEqual(
      expect.arrayContaining([demoId('exchange:lag-sachsen-next'), demoId('exchange:lag-sachsen-after-next'), demoId('exchange:connective-cities-follow-up')]),
    );
    expect(ahead.every((exchange) => exchange.startDate >= today)).toBe(true);
    const meeting = (await requester(app)('GET', `/api/exchanges/${demoId('exchange:lag-sachsen-next')}`, null)).body as { title: { de: string }; status: string };
    expect(meeting).toMatchObject({ title: { de: 'Quartalstreffen des Netzwerks in Freiberg' }, status: 'planned' });

    // Demo data written months ago: its meeting has passed while still planned; starting again moves it ahead.
    await database.db.update(exchanges).set({ startDate: past(100), endDate: past(100) }).where(eq(exchanges.id, demoId('exchange:lag-sachsen-next')));
    await seedDemo(database.db, { gazetteer: false });
    expect((await upcoming()).map((exchange) => exchange.id)).toContain(demoId('exchange:lag-sachsen-next'));
    // The seed stories keep their own dates.
    const visit = (await requester(app)('GET', `/api/exchanges/${demoId('exchange:gruenau-visit-2018-05')}`, null)).body as { startDate: string };
    expect(visit.startDate).toBe('2018-05-14');
  });
});
