import { describe, expect, it } from 'vitest';
import { requestsAs } from '../../../test/support/requests-as.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { workspaceWithUsers } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

describe('funding programmes, grants and spending', () => {
  const testApp = useTestApp();
  const as = requestsAs(() => testApp.current.app);

  async function setUp() {
    const db = testApp.current.database.db;
    const { workspace, user } = await workspaceWithUsers(db, 'Förderung', { user: 'coordinator' });
    const programme = await as(user).post('/api/funding-programmes', {
      workspaceId: workspace.id,
      name: { de: 'Schnellstarterpaket Ukraine', en: 'Quick-start package Ukraine' },
      funderOrganizationId: demoId('organization:skew'),
      periodStart: '2018-01-01',
      periodEnd: '2030-12-31',
      instruments: [{ name: { de: 'Zuschuss für Projektpartnerschaften' }, kind: 'grant', maxAmount: 50000, fundingRate: 90 }],
      deadlines: [
        { dueOn: '2099-03-31', label: { de: 'Antragsfrist Frühjahr' }, instrumentIndex: 0 },
        { dueOn: '2098-09-30', label: { de: 'Antragsfrist Herbst' } },
        { dueOn: '2001-01-01', label: { de: 'Vergangen' } },
      ],
    });
    expect(programme.statusCode, programme.body).toBe(201);
    const project = (await as(user).post('/api/projects', { workspaceId: workspace.id, title: { de: 'Projektgruppen Grünau – Darnyzkyj' }, budget: 60000 })).json();
    return { workspace, user, programme: programme.json(), project };
  }

  it('keeps a programme catalogue with instruments and lists upcoming deadlines soonest first', async () => {
    const { user, programme } = await setUp();
    expect(programme).toMatchObject({ funder: { id: demoId('organization:skew') }, nextDeadline: '2098-09-30', instruments: [{ maxAmount: 50000, fundingRate: 90 }] });
    expect(programme.deadlines.find((deadline: { dueOn: string }) => deadline.dueOn === '2099-03-31').instrumentId).toBe(programme.instruments[0].id);
    const upcoming = (await as(user).get(`/api/funding-deadlines?programmeId=${programme.id}`)).json();
    expect(upcoming.items.map((deadline: { dueOn: string }) => deadline.dueOn)).toEqual(['2098-09-30', '2099-03-31']);
    const bad = await as(user).patch(`/api/funding-programmes/${programme.id}`, { periodEnd: '2017-01-01', deadlines: [{ dueOn: '2099-01-01', label: { de: 'X' }, instrumentIndex: 3 }] });
    expect(bad.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.periodEnd', 'body.deadlines.0.instrumentIndex']);
  });

  it('sets budget against grants and spending per project, and refuses negative amounts naming the field', async () => {
    const { workspace, user, programme, project } = await setUp();
    const grant = await as(user).post('/api/grants', { workspaceId: workspace.id, programmeId: programme.id, instrumentId: programme.instruments[0].id, projectId: project.id, amount: 45000, reference: 'SSP-UA-2018-07', periodStart: '2018-05-01', periodEnd: '2019-12-31' });
    expect(grant.statusCode, grant.body).toBe(201);
    await as(user).post('/api/grants', { workspaceId: workspace.id, programmeId: programme.id, projectId: project.id, amount: 5000, status: 'applied' });
    const negative = await as(user).post('/api/grants', { workspaceId: workspace.id, programmeId: programme.id, projectId: project.id, amount: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors).toEqual([{ field: 'body.amount', code: 'too_small', params: { min: 0 }, message: 'must not be negative' }]);
    const nothing = await as(user).post('/api/grants', { workspaceId: workspace.id, programmeId: programme.id, amount: 10 });
    expect(nothing.json().errors).toEqual([{ field: 'body.projectId', code: 'either_required', message: 'a grant funds a project or a measure (measureId)' }]);
    await as(user).post('/api/expenditures', { workspaceId: workspace.id, projectId: project.id, grantId: grant.json().id, spentOn: '2018-09-20', amount: 12000.25, description: 'Gegenbesuch Kiew' });
    await as(user).post('/api/expenditures', { workspaceId: workspace.id, projectId: project.id, spentOn: '2018-12-05', amount: 8000, description: 'Besuch Leipzig' });
    expect((await as(user).post('/api/expenditures', { workspaceId: workspace.id, projectId: project.id, spentOn: '2018-12-05', amount: -3 })).json().errors).toEqual([
      { field: 'body.amount', code: 'too_small', params: { min: 0 }, message: 'must not be negative' },
    ]);
    const budget = (await as(user).get(`/api/projects/${project.id}/budget`)).json();
    expect(budget.totals).toEqual([{ currency: 'EUR', budget: 60000, granted: 45000, applied: 5000, spent: 20000.25, remaining: 39999.75 }]);
    expect(budget.grants).toHaveLength(2);
    expect(budget.expenditures.map((entry: { spentOn: string }) => entry.spentOn)).toEqual(['2018-09-20', '2018-12-05']);
  });

  it('adds up budget, grants and spending per measure and for the whole plan', async () => {
    const { workspace, user, programme } = await setUp();
    const partnership = (
      await as(user).post('/api/partnerships', { workspaceId: workspace.id, kind: 'district_partnership', title: { de: 'Test' }, parties: [{ placeId: demoId('place:gruenau') }, { placeId: demoId('place:darnytskyi') }] })
    ).json();
    const plan = (await as(user).post('/api/action-plans', { workspaceId: workspace.id, title: { de: 'Plan' }, partnershipId: partnership.id, periodStart: '2019-01-01', periodEnd: '2020-12-31' })).json();
    const priorityId = (await as(user).post(`/api/action-plans/${plan.id}/priorities`, { title: { de: 'Soziokultur' } })).json().priorities[0].id;
    await as(user).post(`/api/action-plans/${plan.id}/measures`, { priorityId, title: { de: 'Jugendaustausch' }, budget: 10000 });
    const withTwo = (await as(user).post(`/api/action-plans/${plan.id}/measures`, { priorityId, title: { de: 'Theaterwerkstatt' }, budget: 4000 })).json();
    const [exchange, theatre] = withTwo.measures;
    await as(user).post('/api/grants', { workspaceId: workspace.id, programmeId: programme.id, measureId: exchange.id, amount: 9000 });
    await as(user).post('/api/expenditures', { workspaceId: workspace.id, measureId: exchange.id, spentOn: '2019-07-01', amount: 2500 });
    await as(user).post('/api/expenditures', { workspaceId: workspace.id, measureId: theatre.id, spentOn: '2019-08-01', amount: 4200 });
    const budget = (await as(user).get(`/api/action-plans/${plan.id}/budget`)).json();
    expect(budget.totals).toEqual([{ currency: 'EUR', budget: 14000, granted: 9000, applied: 0, spent: 6700, remaining: 7300 }]);
    expect(budget.measures.map((line: { budget: number; granted: number; spent: number }) => [line.budget, line.granted, line.spent])).toEqual([
      [10000, 9000, 2500],
      [4000, 0, 4200],
    ]);
    const grants = (await as(user).get(`/api/grants?measureId=${exchange.id}`)).json().items;
    expect(grants[0].measure).toMatchObject({ id: exchange.id, plan: { id: plan.id } });
  });
});
