import { eq } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { areaIndicators, areaIndicatorValues, areaMonitorAreas, areaMonitors, areaPilotSelections } from '../../src/modules/areas/areas.tables.js';
import { expenditures, fundingProgrammes, grants } from '../../src/modules/funding/funding.tables.js';
import { actionPlanAgreements, actionPlanMeasures, actionPlanPriorities, actionPlans, actionPlanSides, actionPlanVersions, measureProgressUpdates } from '../../src/modules/plans/plans.tables.js';
import { projects } from '../../src/modules/projects/projects.tables.js';
import type { Visibility } from './expectations.js';
import { createPartnershipRecord, insertedId, ownedBy, type RecordOwner } from './records.js';

/**
 * A draft plan of a partnership in the owner's workspace, both sides agreed for by that workspace,
 * with a priority holding a measure, and an empty second priority.
 */
export async function createPlanRecord(db: Db, owner: RecordOwner, visibility: Visibility, status: 'draft' | 'active' = 'draft'): Promise<string> {
  const partnershipId = await createPartnershipRecord(db, owner, 'public');
  const [plan] = await db
    .insert(actionPlans)
    .values({
      ...ownedBy(owner, visibility),
      title: { de: `Matrix-Plan ${visibility}` },
      scope: 'partnership',
      partnershipId,
      periodStart: '2020-01-01',
      periodEnd: '2030-12-31',
      status,
      currentVersion: status === 'draft' ? null : 1,
    })
    .returning();
  await db.insert(actionPlanSides).values([
    { planId: plan!.id, position: 0, placeId: demoId('place:leipzig'), workspaceId: owner.workspaceId },
    { planId: plan!.id, position: 1, placeId: demoId('place:kyiv'), workspaceId: owner.workspaceId },
  ]);
  const [priority] = await db.insert(actionPlanPriorities).values({ planId: plan!.id, position: 0, title: { de: 'Schwerpunkt' } }).returning();
  await db.insert(actionPlanPriorities).values({ planId: plan!.id, position: 1, title: { de: 'Leerer Schwerpunkt' } });
  await db.insert(actionPlanMeasures).values({
    planId: plan!.id,
    priorityId: priority!.id,
    title: { de: 'Maßnahme' },
    startDate: '2021-01-01',
    endDate: '2021-12-31',
    indicators: [{ id: '00000000-0000-4000-8000-00000000000a', name: { de: 'Treffen' }, unit: '', baseline: 0, target: 4 }],
  });
  if (status !== 'draft') {
    await db.insert(actionPlanVersions).values({ planId: plan!.id, number: 1, revision: 1, snapshot: { title: { de: 'Matrix-Plan' } }, agreements: [] });
  }
  return plan!.id;
}

export const createActivePlanRecord = (db: Db, owner: RecordOwner, visibility: Visibility) => createPlanRecord(db, owner, visibility, 'active');

/** An agreed, active plan with one progress report by the creator. */
export async function createReportedPlanRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const id = await createActivePlanRecord(db, owner, visibility);
  const measure = await firstMeasure(db, id);
  await db.insert(measureProgressUpdates).values({ planId: id, measureId: measure.id, reportedOn: '2021-03-01', status: 'on_track', createdBy: owner.creatorId, reporterName: 'creator' });
  return id;
}

/** A draft plan whose first side has agreed (given by the workspace's owner role, here recorded without a user). */
export async function createHalfAgreedPlanRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const id = await createPlanRecord(db, owner, visibility);
  const [side] = await db.select().from(actionPlanSides).where(eq(actionPlanSides.planId, id)).orderBy(actionPlanSides.position);
  await db.insert(actionPlanAgreements).values({ planId: id, sideId: side!.id, revision: 1, userId: null, userName: 'Matrix' });
  return id;
}

export async function firstMeasure(db: Db, planId: string) {
  const [measure] = await db.select().from(actionPlanMeasures).where(eq(actionPlanMeasures.planId, planId));
  return measure!;
}

export async function prioritiesOf(db: Db, planId: string) {
  return db.select().from(actionPlanPriorities).where(eq(actionPlanPriorities.planId, planId)).orderBy(actionPlanPriorities.position);
}

export async function sidesOf(db: Db, planId: string) {
  return db.select().from(actionPlanSides).where(eq(actionPlanSides.planId, planId)).orderBy(actionPlanSides.position);
}

export async function progressOf(db: Db, planId: string) {
  const [row] = await db.select().from(measureProgressUpdates).where(eq(measureProgressUpdates.planId, planId));
  return row!;
}

export async function createProjectRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, projects, { ...ownedBy(owner, visibility), title: { de: `Matrix-Projekt ${visibility}` }, budget: 1000 });
}

export async function createProgrammeRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, fundingProgrammes, { ...ownedBy(owner, visibility), name: { de: `Matrix-Programm ${visibility}` } });
}

export async function createGrantRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const programmeId = await createProgrammeRecord(db, owner, 'public');
  const projectId = await createProjectRecord(db, owner, 'public');
  return insertedId(db, grants, { ...ownedBy(owner, visibility), programmeId, projectId, amount: 500 });
}

export async function createExpenditureRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const projectId = await createProjectRecord(db, owner, 'public');
  return insertedId(db, expenditures, { ...ownedBy(owner, visibility), projectId, spentOn: '2021-05-01', amount: 20 });
}

/** A monitoring of two quarters by one indicator, with values for 2016. */
export async function createMonitorRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db.insert(areaMonitors).values({ ...ownedBy(owner, visibility), title: { de: `Matrix-Monitoring ${visibility}` } }).returning();
  const [indicator] = await db.insert(areaIndicators).values({ monitorId: row!.id, key: 'unemployment', name: { de: 'Arbeitslosigkeit' } }).returning();
  const areas = [demoId('place:gruenau'), demoId('place:leipziger-osten')];
  await db.insert(areaMonitorAreas).values(areas.map((placeId) => ({ monitorId: row!.id, placeId })));
  await db.insert(areaIndicatorValues).values(areas.map((placeId, index) => ({ monitorId: row!.id, indicatorId: indicator!.id, placeId, period: '2016', value: 10 + index })));
  return row!.id;
}

export async function createSelectedMonitorRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const id = await createMonitorRecord(db, owner, visibility);
  await db.insert(areaPilotSelections).values({
    monitorId: id,
    placeId: demoId('place:leipziger-osten'),
    period: '2016',
    rationale: { de: 'Begründung' },
    selectedOn: '2017-01-01',
    needIndex: { score: 1, rank: 1, areas: 2, weights: { unemployment: 1 } },
  });
  return id;
}

export async function selectionOf(db: Db, monitorId: string) {
  const [row] = await db.select().from(areaPilotSelections).where(eq(areaPilotSelections.monitorId, monitorId));
  return row!;
}
