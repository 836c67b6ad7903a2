import { describe, expect, it } from 'vitest';
import { requestsAs } from '../../../test/support/requests-as.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { pdfTextOf } from '../../../test/support/test-pdf.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../test/support/test-users.js';
import { eq } from 'drizzle-orm';
import { demoId } from '../../demo/demo-id.js';
import { actionPlans } from './plans.tables.js';

describe('joint action plans', () => {
  const testApp = useTestApp();
  const as = requestsAs(() => testApp.current.app);

  /** Two workspaces, one per side of a partnership, each with a coordinator; the plan lives in the first. */
  async function twoSides() {
    const db = testApp.current.database.db;
    const leipzig = await createTestWorkspace(db, 'Stadt Leipzig');
    const kyiv = await createTestWorkspace(db, 'Darnytskyi');
    const drafter = await createTestUser(db, { memberships: [[leipzig.id, 'member']], name: 'Karin Vogel' });
    const leipzigCoordinator = await createTestUser(db, { memberships: [[leipzig.id, 'coordinator']], name: 'Jens Albrecht' });
    const kyivCoordinator = await createTestUser(db, { memberships: [[kyiv.id, 'coordinator']], name: 'Olena Koval' });
    const kyivGuest = await createTestUser(db, { memberships: [[kyiv.id, 'guest']] });
    const stranger = await createTestUser(db);
    const partnership = (
      await as(drafter).post('/api/partnerships', {
        workspaceId: leipzig.id,
        kind: 'district_partnership',
        title: { de: 'Grünau – Darnyzkyj (Test)' },
        parties: [{ placeId: demoId('place:gruenau') }, { placeId: demoId('place:darnytskyi') }],
      })
    ).json();
    return { leipzig, kyiv, drafter, leipzigCoordinator, kyivCoordinator, kyivGuest, stranger, partnership };
  }

  async function draftPlan(world: Awaited<ReturnType<typeof twoSides>>) {
    const created = await as(world.drafter).post('/api/action-plans', {
      workspaceId: world.leipzig.id,
      title: { de: 'Aktionsplan Grünau – Darnyzkyj 2019–2021', uk: 'План дій Грюнау – Дарницький 2019–2021' },
      partnershipId: world.partnership.id,
      periodStart: '2019-01-01',
      periodEnd: '2021-12-31',
      sides: [
        { placeId: demoId('place:gruenau') },
        { placeId: demoId('place:darnytskyi'), workspaceId: world.kyiv.id },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    const withPriority = await as(world.drafter).post(`/api/action-plans/${plan.id}/priorities`, { title: { de: 'Wohnungsbewirtschaftung' } });
    expect(withPriority.statusCode, withPriority.body).toBe(201);
    const priorityId = withPriority.json().priorities[0].id;
    return { plan, priorityId };
  }

  it('drafts a plan whose sides default to the partnership’s parties, and names bad fields', async () => {
    const world = await twoSides();
    const created = await as(world.drafter).post('/api/action-plans', {
      workspaceId: world.leipzig.id,
      title: { de: 'Entwurf' },
      partnershipId: world.partnership.id,
      periodStart: '2019-01-01',
      periodEnd: '2020-12-31',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', scope: 'partnership', revision: 1, canEdit: true });
    expect(created.json().sides.map((side: { place: { id: string } }) => side.place.id)).toEqual([demoId('place:gruenau'), demoId('place:darnytskyi')]);

    const bad = await as(world.drafter).post('/api/action-plans', { workspaceId: world.leipzig.id, title: { de: 'X' }, periodStart: '2020-01-01', periodEnd: '2019-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.partnershipId', 'body.periodEnd']);
  });

  it('keeps measure dates inside the plan period and budgets not negative', async () => {
    const world = await twoSides();
    const { plan, priorityId } = await draftPlan(world);
    const url = `/api/action-plans/${plan.id}/measures`;
    const early = await as(world.drafter).post(url, { priorityId, title: { de: 'Zu früh' }, startDate: '2018-06-01', endDate: '2019-03-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([{ field: 'body.startDate', code: 'date_outside_range', params: { from: '2019-01-01', to: '2021-12-31' }, message: 'must lie within the plan period (2019-01-01 to 2021-12-31)' }]);
    const late = await as(world.drafter).post(url, { priorityId, title: { de: 'Zu spät' }, startDate: '2021-06-01', endDate: '2022-01-31' });
    expect(late.json().errors).toEqual([{ field: 'body.endDate', code: 'date_outside_range', params: { from: '2019-01-01', to: '2021-12-31' }, message: 'must lie within the plan period (2019-01-01 to 2021-12-31)' }]);
    const negative = await as(world.drafter).post(url, { priorityId, title: { de: 'Negativ' }, budget: -5 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors).toEqual([{ field: 'body.budget', code: 'too_small', params: { min: 0 }, message: 'must not be negative' }]);
    const foreignPriority = await as(world.drafter).post(url, { priorityId: demoId('nothing'), title: { de: 'X' } });
    expect(foreignPriority.json().errors).toEqual([{ field: 'body.priorityId', code: 'unknown_reference', message: 'refers to no priority of this plan' }]);

    const ok = await as(world.drafter).post(url, { priorityId, title: { de: 'Erfahrungsaustausch Hausverwaltung' }, startDate: '2019-03-01', endDate: '2019-10-31', budget: 12000.5 });
    expect(ok.statusCode, ok.body).toBe(201);
    const shrink = await as(world.drafter).patch(`/api/action-plans/${plan.id}`, { periodEnd: '2019-06-30' });
    expect(shrink.statusCode).toBe(400);
    expect(shrink.json().errors[0].field).toBe('body.periodStart');
  });

  it('is agreed by a coordinator of each side, freezes a version and compares versions field by field', async () => {
    const world = await twoSides();
    const { plan, priorityId } = await draftPlan(world);
    const measure = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures`, {
      priorityId,
      title: { de: 'Gemeinsame Schulung für Hausverwaltungen' },
      startDate: '2019-04-01',
      endDate: '2019-09-30',
      budget: 8000,
      indicators: [{ name: { de: 'Teilnehmende' }, unit: 'Personen', baseline: 0, target: 40 }],
    });
    const [gruenau, darnytskyi] = measure.json().sides;

    // The other side's coordinator reads the plan through the side; its guest reads but may not agree.
    expect((await as(world.kyivCoordinator).get(`/api/action-plans/${plan.id}`)).statusCode).toBe(200);
    expect((await as(world.kyivGuest).get(`/api/action-plans/${plan.id}`)).statusCode).toBe(200);
    expect((await as(world.stranger).get(`/api/action-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await as(world.kyivGuest).post(`/api/action-plans/${plan.id}/agreements`, { sideId: darnytskyi.id })).statusCode).toBe(403);
    // A plain member drafts but does not agree; a coordinator of one side does not agree for the other.
    expect((await as(world.drafter).post(`/api/action-plans/${plan.id}/agreements`, { sideId: gruenau.id })).statusCode).toBe(403);
    expect((await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: darnytskyi.id })).statusCode).toBe(403);
    // Nor may the other side change the plan's content.
    expect((await as(world.kyivCoordinator).patch(`/api/action-plans/${plan.id}`, { title: { de: 'Anders' } })).statusCode).toBe(403);

    const first = await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: gruenau.id });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'draft', sides: [{ agreement: { userName: 'Jens Albrecht', current: true } }, { agreement: null }] });
    expect((await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: gruenau.id })).statusCode).toBe(409);

    const second = await as(world.kyivCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: darnytskyi.id });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ status: 'agreed', currentVersion: 1, versions: [{ number: 1 }] });
    expect(second.json().versions[0].agreements.map((entry: { userName: string }) => entry.userName)).toEqual(['Jens Albrecht', 'Olena Koval']);

    // Agreed content is frozen until the plan is reopened.
    const frozen = await as(world.drafter).patch(`/api/action-plans/${plan.id}`, { title: { de: 'Geändert' } });
    expect(frozen.statusCode).toBe(409);
    expect((await as(world.drafter).post(`/api/action-plans/${plan.id}/transitions`, { to: 'active' })).json().status).toBe('active');

    const reopened = await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/transitions`, { to: 'draft' });
    expect(reopened.json()).toMatchObject({ status: 'draft', revision: 4 });
    const measureId = reopened.json().measures[0].id;
    await as(world.drafter).patch(`/api/action-plans/${plan.id}/measures/${measureId}`, { budget: 9500, endDate: '2019-11-30' });
    await as(world.drafter).patch(`/api/action-plans/${plan.id}`, { title: { de: 'Aktionsplan Grünau – Darnyzkyj 2019–2021 (fortgeschrieben)' } });
    // The Ukrainian title was left out of the change: the comparison shows it as removed.
    const againLeipzig = await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: gruenau.id });
    expect(againLeipzig.statusCode).toBe(201);
    const againKyiv = await as(world.kyivCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: darnytskyi.id });
    expect(againKyiv.json()).toMatchObject({ status: 'agreed', currentVersion: 2 });

    const comparison = await as(world.kyivGuest).get(`/api/action-plans/${plan.id}/versions/compare?from=1&to=2`);
    expect(comparison.statusCode, comparison.body).toBe(200);
    expect(comparison.json().changes).toEqual([
      { path: ['title', 'de'], kind: 'changed', before: 'Aktionsplan Grünau – Darnyzkyj 2019–2021', after: 'Aktionsplan Grünau – Darnyzkyj 2019–2021 (fortgeschrieben)', itemTitle: null },
      { path: ['title', 'uk'], kind: 'removed', before: 'План дій Грюнау – Дарницький 2019–2021', after: null, itemTitle: null },
      { path: ['measures', measureId, 'budget'], kind: 'changed', before: 8000, after: 9500, itemTitle: { de: 'Gemeinsame Schulung für Hausverwaltungen' } },
      { path: ['measures', measureId, 'endDate'], kind: 'changed', before: '2019-09-30', after: '2019-11-30', itemTitle: { de: 'Gemeinsame Schulung für Hausverwaltungen' } },
    ]);
    const version1 = (await as(world.drafter).get(`/api/action-plans/${plan.id}/versions/1`)).json();
    expect(version1.snapshot.measures[0].budget).toBe(8000);
    expect((await as(world.drafter).get(`/api/action-plans/${plan.id}/versions/compare?from=1&to=7`)).json().errors).toEqual([{ field: 'query.to', code: 'version_missing', message: 'the plan has no version 7' }]);
  });

  it('needs a second person when one coordinator holds both sides', async () => {
    const world = await twoSides();
    const both = await createTestUser(testApp.current.database.db, { memberships: [[world.leipzig.id, 'owner']] });
    const created = await as(both).post('/api/action-plans', { workspaceId: world.leipzig.id, title: { de: 'Gemeinsamer Raum' }, partnershipId: world.partnership.id, periodStart: '2020-01-01', periodEnd: '2020-12-31' });
    const [first, second] = created.json().sides;
    const afterFirst = await as(both).post(`/api/action-plans/${created.json().id}/agreements`, { sideId: first.id });
    expect(afterFirst.statusCode).toBe(201);
    expect(afterFirst.json().sides.map((side: { canAgree: boolean }) => side.canAgree)).toEqual([false, false]);
    const again = await as(both).post(`/api/action-plans/${created.json().id}/agreements`, { sideId: second.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ field: 'body.sideId', code: 'invalid_state', message: 'needs someone else’s agreement' }]);
    expect((await as(world.leipzigCoordinator).post(`/api/action-plans/${created.json().id}/agreements`, { sideId: second.id })).json().status).toBe('agreed');
  });

  it('says per side who may agree, why the viewer may not, and lets an owner invite someone to agree for the other side', async () => {
    const world = await twoSides();
    const owner = await createTestUser(testApp.current.database.db, { memberships: [[world.leipzig.id, 'owner']], name: 'Karin Vogel' });
    const created = await as(owner).post('/api/action-plans', { workspaceId: world.leipzig.id, title: { de: 'Nur ein Arbeitsbereich' }, partnershipId: world.partnership.id, periodStart: '2020-01-01', periodEnd: '2020-12-31' });
    const planUrl = `/api/action-plans/${created.json().id}`;
    const [gruenau, darnytskyi] = created.json().sides;
    const sideState = (side: { canAgree: boolean; agreeBlocker: string | null; canWithdraw: boolean; canInvite: boolean }) => [side.canAgree, side.agreeBlocker, side.canWithdraw, side.canInvite];
    expect(created.json().sides.map(sideState)).toEqual([
      [true, null, false, true],
      [true, null, false, true],
    ]);
    // A plain member reads the plan and learns that only owners and coordinators agree; nobody else may invite.
    expect((await as(world.drafter).get(planUrl)).json().sides.map(sideState)).toEqual([
      [false, 'not_coordinator', false, false],
      [false, 'not_coordinator', false, false],
    ]);

    const afterFirst = await as(owner).post(`${planUrl}/agreements`, { sideId: gruenau.id });
    expect(afterFirst.json().sides.map(sideState)).toEqual([
      [false, 'agreed', true, false],
      [false, 'agreed_other_side', false, true],
    ]);

    // The owner invites someone of the other side as coordinator; once they accept, they agree for it.
    const invited = await as(owner).post(`/api/workspaces/${world.leipzig.id}/invitations`, { role: 'coordinator', language: 'uk' });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = decodeURIComponent(invited.json().link.split('/invitations/')[1]);
    const partner = await createTestUser(testApp.current.database.db, { name: 'Olena Koval' });
    expect((await as(partner).get(planUrl)).statusCode).toBe(404);
    expect((await as(partner).post('/api/invitations/accept', { token })).json()).toEqual({ workspaceId: world.leipzig.id, role: 'coordinator' });
    // As a coordinator, the partner may invite further people for the side still missing.
    expect((await as(partner).get(planUrl)).json().sides.map(sideState)).toEqual([
      [false, 'agreed', true, false],
      [true, null, false, true],
    ]);
    const agreed = await as(partner).post(`${planUrl}/agreements`, { sideId: darnytskyi.id });
    expect(agreed.json()).toMatchObject({ status: 'agreed', sides: [{ agreeBlocker: 'plan_not_draft' }, { agreeBlocker: 'plan_not_draft', canInvite: false }] });
  });

  it('lets a coordinator of a side’s workspace invite the other side, and tells others why they cannot', async () => {
    const world = await twoSides();
    const created = await as(world.leipzigCoordinator).post('/api/action-plans', { workspaceId: world.leipzig.id, title: { de: 'Von der Koordination' }, partnershipId: world.partnership.id, periodStart: '2021-01-01', periodEnd: '2021-12-31' });
    expect(created.statusCode, created.body).toBe(201);
    const planUrl = `/api/action-plans/${created.json().id}`;
    const inviteState = (side: { canInvite: boolean; inviteBlocker: string | null }) => [side.canInvite, side.inviteBlocker];
    expect(created.json().sides.map(inviteState)).toEqual([
      [true, null],
      [true, null],
    ]);
    expect((await as(world.drafter).get(planUrl)).json().sides.map(inviteState)).toEqual([
      [false, 'not_coordinator'],
      [false, 'not_coordinator'],
    ]);
    const invited = await as(world.leipzigCoordinator).post(`/api/workspaces/${world.leipzig.id}/invitations`, { email: 'olena.koval@example.org', role: 'coordinator', language: 'uk' });
    expect(invited.statusCode, invited.body).toBe(201);
    // Coordinators invite in every role but owner; plain members invite no one.
    const asOwner = await as(world.leipzigCoordinator).post(`/api/workspaces/${world.leipzig.id}/invitations`, { role: 'owner' });
    expect(asOwner.statusCode).toBe(403);
    expect((await as(world.drafter).post(`/api/workspaces/${world.leipzig.id}/invitations`, { role: 'coordinator' })).statusCode).toBe(403);
  });

  /** Sets when a plan was recorded, as if it had been entered then. */
  const recordedOn = (planId: string, day: string) =>
    testApp.current.database.db.update(actionPlans).set({ createdAt: new Date(`${day}T09:00:00Z`) }).where(eq(actionPlans.id, planId));

  it('records progress with indicator values, highlights overdue measures and shows them on the dashboard', async () => {
    const world = await twoSides();
    const { plan, priorityId } = await draftPlan(world);
    await recordedOn(plan.id, '2019-01-10');
    const withMeasures = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures`, {
      priorityId,
      title: { de: 'Workshop Mieterbeteiligung' },
      startDate: '2019-02-01',
      endDate: '2019-05-31',
      indicators: [{ name: { de: 'Workshops' }, target: 3 }],
    });
    const measure = withMeasures.json().measures[0];
    const early = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures/${measure.id}/progress`, { reportedOn: '2019-03-01', status: 'on_track' });
    expect(early.statusCode).toBe(409);
    for (const side of withMeasures.json().sides) {
      const coordinator = side.workspace.id === world.kyiv.id ? world.kyivCoordinator : world.leipzigCoordinator;
      expect((await as(coordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: side.id })).statusCode).toBe(201);
    }
    const indicatorId = measure.indicators[0].id;
    const report = await as(world.kyivCoordinator).post(`/api/action-plans/${plan.id}/measures/${measure.id}/progress`, {
      reportedOn: '2019-04-15',
      status: 'at_risk',
      indicatorValues: { [indicatorId]: 1 },
      note: 'Zweiter Termin verschoben',
    });
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json()).toMatchObject({ status: 'at_risk', reportedBy: 'Olena Koval', indicatorValues: { [indicatorId]: 1 } });
    const unknown = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures/${measure.id}/progress`, { reportedOn: '2019-04-16', status: 'delayed', indicatorValues: { [demoId('x')]: 2 } });
    expect(unknown.json().errors).toEqual([{ field: `body.indicatorValues.${demoId('x')}`, code: 'unknown_reference', message: 'is not an indicator of this measure' }]);
    expect((await as(world.kyivGuest).post(`/api/action-plans/${plan.id}/measures/${measure.id}/progress`, { reportedOn: '2019-04-16', status: 'done' })).statusCode).toBe(403);

    const detail = (await as(world.drafter).get(`/api/action-plans/${plan.id}`)).json();
    expect(detail.measures[0]).toMatchObject({ overdue: true, latestProgress: { status: 'at_risk' } });
    const dashboard = (await as(world.drafter).get(`/api/action-plans/${plan.id}/dashboard`)).json();
    expect(dashboard.totals).toMatchObject({ measures: 1, overdue: 1, byStatus: { at_risk: 1 } });
    expect(dashboard.byPriority[0]).toMatchObject({ measures: 1, atRisk: 1, overdue: 1 });

    const done = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures/${measure.id}/progress`, { reportedOn: '2019-06-10', status: 'done', indicatorValues: { [indicatorId]: 3 } });
    expect(done.statusCode).toBe(201);
    expect((await as(world.drafter).get(`/api/action-plans/${plan.id}`)).json().measures[0].overdue).toBe(false);
    const history = (await as(world.drafter).get(`/api/action-plans/${plan.id}/measures/${measure.id}/progress`)).json().items;
    expect(history.map((entry: { status: string }) => entry.status)).toEqual(['done', 'at_risk']);
    expect((await as(world.kyivCoordinator).delete(`/api/action-plans/${plan.id}/progress/${done.json().id}`)).statusCode).toBe(403);
    expect((await as(world.drafter).delete(`/api/action-plans/${plan.id}/progress/${done.json().id}`)).statusCode).toBe(204);
  });

  it('flags no measure of past work overdue: one that ended before the plan was recorded, or of a plan marked historical', async () => {
    const world = await twoSides();
    const { plan, priorityId } = await draftPlan(world);
    expect(plan.historical).toBe(false);
    const addMeasure = async (title: string, endDate: string) =>
      (await as(world.drafter).post(`/api/action-plans/${plan.id}/measures`, { priorityId, title: { de: title }, startDate: '2019-02-01', endDate })).json().measures as { title: { de: string }; overdue: boolean }[];
    await addMeasure('Mieterworkshop', '2019-05-31');
    const measures = await addMeasure('Hoffest', '2020-09-30');
    // Entered today, years after both measures ended: history, not delays.
    expect(measures.map((measure) => [measure.title.de, measure.overdue])).toEqual([['Mieterworkshop', false], ['Hoffest', false]]);
    expect((await as(world.drafter).get(`/api/action-plans/${plan.id}/dashboard`)).json().totals.overdue).toBe(0);

    // Recorded in 2020, between the two: only the measure that ended since is overdue, to every reader.
    await recordedOn(plan.id, '2020-01-15');
    const overdueOf = async (user: TestUser) => (await as(user).get(`/api/action-plans/${plan.id}`)).json().measures.map((measure: { overdue: boolean }) => measure.overdue);
    expect(await overdueOf(world.drafter)).toEqual([false, true]);
    expect(await overdueOf(world.kyivGuest)).toEqual([false, true]);

    // Marked as recorded after the fact (allowed in any state, and audited): nothing is overdue any more.
    for (const side of plan.sides) {
      const coordinator = side.workspace.id === world.kyiv.id ? world.kyivCoordinator : world.leipzigCoordinator;
      expect((await as(coordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: side.id })).statusCode).toBe(201);
    }
    const marked = await as(world.leipzigCoordinator).patch(`/api/action-plans/${plan.id}`, { historical: true });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ historical: true, status: 'agreed' });
    expect(await overdueOf(world.kyivGuest)).toEqual([false, false]);
    expect((await as(world.drafter).get(`/api/action-plans/${plan.id}/dashboard`)).json().totals.overdue).toBe(0);
    const history = (await as(world.leipzigCoordinator).get(`/api/action-plans/${plan.id}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'update', before: { historical: false }, after: { historical: true } });

    // Progress of past work is dated when it happened.
    const detail = (await as(world.drafter).get(`/api/action-plans/${plan.id}`)).json();
    const report = await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/measures/${detail.measures[1].id}/progress`, { reportedOn: '2020-10-02', status: 'done' });
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json().reportedOn).toBe('2020-10-02');

    const bad = await as(world.leipzigCoordinator).patch(`/api/action-plans/${plan.id}`, { historical: 'yes' });
    expect(bad.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.historical']);
  });

  it('marks a project recorded after the fact as historical', async () => {
    const world = await twoSides();
    const created = await as(world.drafter).post('/api/projects', { workspaceId: world.leipzig.id, title: { de: 'Stadtteilmanagement Grünau 2008–2012' }, status: 'completed', historical: true, startDate: '2008-01-01', endDate: '2012-12-31' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ historical: true });
    const listed = (await as(world.drafter).get('/api/projects?limit=100')).json().items.find((item: { id: string }) => item.id === created.json().id);
    expect(listed).toMatchObject({ historical: true });
    const cleared = await as(world.drafter).patch(`/api/projects/${created.json().id}`, { historical: false });
    expect(cleared.json()).toMatchObject({ historical: false });
    const plain = await as(world.drafter).post('/api/projects', { workspaceId: world.leipzig.id, title: { de: 'Neues Projekt' } });
    expect(plain.json()).toMatchObject({ historical: false });
    const bad = await as(world.drafter).post('/api/projects', { workspaceId: world.leipzig.id, title: { de: 'X' }, historical: 1 });
    expect(bad.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.historical']);
  });

  it('turns a source record into a measure and keeps the link back', async () => {
    const world = await twoSides();
    const { plan, priorityId } = await draftPlan(world);
    // Any record serves as a source; here an exchange of the partnership made for the test.
    const db = testApp.current.database.db;
    const { exchanges } = await import('../exchanges/exchanges.tables.js');
    const [exchange] = await db
      .insert(exchanges)
      .values({ workspaceId: world.leipzig.id, visibility: 'workspace', kind: 'workshop', title: { de: 'Projektgruppe Schule' }, startDate: '2018-12-04', endDate: '2018-12-05' })
      .returning();
    const created = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures/from-source`, {
      priorityId,
      source: { sourceType: 'exchange-outcome', sourceId: exchange!.id, title: 'Schulhöfe nachmittags für das Quartier öffnen', description: 'Idee der Projektgruppe' },
      startDate: '2019-09-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const measure = created.json().plan.measures.find((entry: { id: string }) => entry.id === created.json().measureId);
    expect(measure).toMatchObject({
      title: { de: 'Schulhöfe nachmittags für das Quartier öffnen' },
      description: { de: 'Idee der Projektgruppe' },
      source: { type: 'exchange-outcome', id: exchange!.id, title: { de: 'Schulhöfe nachmittags für das Quartier öffnen' } },
    });
    const linked = await as(world.kyivGuest).get(`/api/action-plan-measures?sourceType=exchange-outcome&sourceId=${exchange!.id}`);
    expect(linked.json().items).toEqual([expect.objectContaining({ id: measure.id, plan: expect.objectContaining({ id: plan.id }) })]);
    expect((await as(world.stranger).get(`/api/action-plan-measures?sourceType=exchange-outcome&sourceId=${exchange!.id}`)).json().items).toEqual([]);
    const badType = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures/from-source`, { priorityId, source: { sourceType: 'Exchange Outcome', sourceId: exchange!.id, title: 'X' } });
    expect(badType.json().errors[0].field).toBe('body.source.sourceType');
  });

  it('exports the plan as PDF with German and Ukrainian text, and its measures as CSV', async () => {
    const world = await twoSides();
    const { plan, priorityId } = await draftPlan(world);
    await as(world.drafter).post(`/api/action-plans/${plan.id}/measures`, { priorityId, title: { de: 'Straßenfest im Wohngebiet', uk: 'Свято вулиці' }, budget: 1500.5, startDate: '2019-09-01' });
    const fromOutcome = await as(world.drafter).post(`/api/action-plans/${plan.id}/measures/from-source`, {
      priorityId,
      source: { sourceType: 'exchange-outcome', sourceId: plan.id, title: 'Idee aus der Werkstatt' },
    });
    expect(fromOutcome.statusCode, fromOutcome.body).toBe(201);
    const sides = fromOutcome.json().plan.sides as { id: string }[];
    expect((await as(world.leipzigCoordinator).post(`/api/action-plans/${plan.id}/agreements`, { sideId: sides[0]!.id })).statusCode).toBe(201);
    const pdf = await as(world.kyivGuest).get(`/api/action-plans/${plan.id}/export.pdf?lang=uk`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfTextOf(pdf.rawPayload);
    expect(text).toContain('План дій Грюнау – Дарницький 2019–2021');
    expect(text).toContain('Свято вулиці');
    expect(pdf.headers['content-disposition']).toBe(
      `inline; filename="Plan-dii-Hriunau-Darnytskyi-2019-2021.pdf"; filename*=UTF-8''${encodeURIComponent('План-дій-Грюнау-Дарницький-2019-2021.pdf')}`,
    );
    expect(text).toContain('погоджено');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const german = await pdfTextOf((await as(world.drafter).get(`/api/action-plans/${plan.id}/export.pdf`)).rawPayload);
    expect(german).toContain('Straßenfest im Wohngebiet');

    const csv = await as(world.drafter).get(`/api/action-plans/${plan.id}/measures.csv?lang=de`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toContain('Schwerpunkt;Maßnahme');
    expect(lines[1]).toContain('1. Wohnungsbewirtschaftung;Straßenfest im Wohngebiet');
    // Where a measure came from reads as its title, not as a record kind and id.
    const fromOutcomeLine = lines.find((line) => line.includes(';Idee aus der Werkstatt;'));
    expect(fromOutcomeLine).toMatch(/;Idee aus der Werkstatt\r?$/);
    expect(fromOutcomeLine).not.toContain('exchange-outcome');
    // Days and amounts as a German reader writes them, and no record ids.
    expect(lines[0]).not.toMatch(/^\uFEFF?id;/);
    expect(lines[1]).toContain(';01.09.2019;');
    expect(lines[1]).toContain(';1500,5;EUR;');
    expect(csv.body).not.toMatch(/\d{4}-\d{2}-\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-/);
    const ukrainian = (await as(world.kyivGuest).get(`/api/action-plans/${plan.id}/measures.csv?lang=uk`)).body.replace(/^\uFEFF/, '');
    expect(ukrainian.split('\n')[0]).toMatch(/^Пріоритет;Захід;/);
    expect(ukrainian).toContain('Свято вулиці');
    expect(ukrainian).not.toMatch(/\d{4}-\d{2}-\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect((await as(world.stranger).get(`/api/action-plans/${plan.id}/export.pdf`)).statusCode).toBe(404);
  });
});
