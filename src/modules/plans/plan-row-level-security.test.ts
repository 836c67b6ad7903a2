import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { detectApplicationRole } from '../../core/db/application-role.js';
import { createServiceContext } from '../../core/db/viewer-transaction.js';
import { createLogger } from '../../core/logger.js';
import { demoId } from '../../demo/demo-id.js';
import { actionPlanAgreements, actionPlans, actionPlanSides, measureProgressUpdates } from './plans.tables.js';

/** The second wall for plans shared with the workspaces of their sides, tried below the services. */
describe('row-level security of action plans', () => {
  const testApp = useTestApp();

  async function world() {
    const { db } = testApp.current.database;
    const home = await createTestWorkspace(db, 'Heim');
    const partner = await createTestWorkspace(db, 'Partner');
    const other = await createTestWorkspace(db, 'Fremd');
    const drafter = await createTestUser(db, { memberships: [[home.id, 'coordinator']] });
    const partnerCoordinator = await createTestUser(db, { memberships: [[partner.id, 'coordinator']] });
    const partnerGuest = await createTestUser(db, { memberships: [[partner.id, 'guest']] });
    const stranger = await createTestUser(db, { memberships: [[other.id, 'owner']] });
    const [plan] = await db
      .insert(actionPlans)
      .values({ workspaceId: home.id, visibility: 'workspace', createdBy: drafter.id, title: { de: 'Geteilt' }, scope: 'area', areaPlaceId: demoId('place:gruenau'), periodStart: '2020-01-01', periodEnd: '2020-12-31' })
      .returning();
    const [, partnerSide] = await db
      .insert(actionPlanSides)
      .values([
        { planId: plan!.id, position: 0, workspaceId: home.id },
        { planId: plan!.id, position: 1, workspaceId: partner.id },
      ])
      .returning();
    const applicationRole = await detectApplicationRole(testApp.current.database.pool, createLogger('silent'));
    expect(applicationRole).toBe('stadtdialog_app');
    const as = (userId: string, roles: [string, 'owner' | 'coordinator' | 'member' | 'guest'][]) =>
      createServiceContext({ db, applicationRole }, { kind: 'user', userId, roles: new Map(roles), via: { kind: 'session', sessionId: 's' } } satisfies Viewer);
    return { plan: plan!, partnerSide: partnerSide!, home, partner, drafter, partnerCoordinator, partnerGuest, stranger, as };
  }

  it('shows a plan to the members of its sides’ workspaces and to nobody else', async () => {
    const { plan, partner, partnerGuest, stranger, as } = await world();
    const seen = (ctx: ReturnType<typeof as>) => ctx.transaction((tx) => tx.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.id, plan.id)));
    expect(await seen(as(partnerGuest.id, [[partner.id, 'guest']]))).toHaveLength(1);
    expect(await seen(as(stranger.id, []))).toHaveLength(0);
  });

  it('lets a side’s coordinator agree and complete the agreement, but not change the content', async () => {
    const { plan, partnerSide, partner, partnerCoordinator, partnerGuest, as } = await world();
    const coordinator = as(partnerCoordinator.id, [[partner.id, 'coordinator']]);
    const renamed = coordinator.transaction((tx) => tx.update(actionPlans).set({ title: { de: 'Heimlich geändert' } }).where(eq(actionPlans.id, plan.id)));
    await expectRefused(renamed, /only the agreement of a side/);
    const guestAgrees = as(partnerGuest.id, [[partner.id, 'guest']]).transaction((tx) =>
      tx.insert(actionPlanAgreements).values({ planId: plan.id, sideId: partnerSide.id, revision: 1, userId: partnerGuest.id, userName: 'Gast' }),
    );
    await expectRefused(guestAgrees, /row-level security/);
    await coordinator.transaction((tx) => tx.insert(actionPlanAgreements).values({ planId: plan.id, sideId: partnerSide.id, revision: 1, userId: partnerCoordinator.id, userName: 'K' }));
    const agreed = await coordinator.transaction((tx) => tx.update(actionPlans).set({ status: 'agreed', currentVersion: 1 }).where(eq(actionPlans.id, plan.id)).returning());
    expect(agreed[0]?.status).toBe('agreed');
    const reopened = coordinator.transaction((tx) => tx.update(actionPlans).set({ status: 'draft' }).where(eq(actionPlans.id, plan.id)));
    await expectRefused(reopened, /only the agreement of a side/);
  });

  it('takes progress reports from editors and side coordinators only', async () => {
    const { plan, partner, partnerGuest, as } = await world();
    const { db } = testApp.current.database;
    const { actionPlanMeasures, actionPlanPriorities } = await import('./plans.tables.js');
    const [priority] = await db.insert(actionPlanPriorities).values({ planId: plan.id, title: { de: 'P' } }).returning();
    const [measure] = await db.insert(actionPlanMeasures).values({ planId: plan.id, priorityId: priority!.id, title: { de: 'M' } }).returning();
    const report = as(partnerGuest.id, [[partner.id, 'guest']]).transaction((tx) =>
      tx.insert(measureProgressUpdates).values({ planId: plan.id, measureId: measure!.id, reportedOn: '2020-05-01', status: 'on_track', createdBy: partnerGuest.id }),
    );
    await expectRefused(report, /row-level security/);
  });
});

async function expectRefused(attempt: Promise<unknown>, reason: RegExp) {
  const error = await attempt.then(
    () => null,
    (caught: Error & { cause?: Error }) => caught,
  );
  expect(error, 'the write should have been refused').not.toBeNull();
  expect(error?.cause?.message ?? error?.message).toMatch(reason);
}
