import { matchingItems, matchingProfiles, matchingProfileThemes } from '../modules/matching/matching.tables.js';
import { matchingIntroductions } from '../modules/matching/introductions.tables.js';
import { demoMatchingItems, demoMatchingProfiles, demoMatchingProfileThemes } from './demo-matching.js';
import { demoIntroductions, demoProfileWorkspaces, demoSideWorkspaces } from './demo-introductions.js';
import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Progress } from '../core/progress.js';
import type { Db } from '../core/db/client.js';
import { organizations, organizationThemes } from '../modules/actors/organizations.tables.js';
import { affiliations, people, personThemes } from '../modules/actors/people.tables.js';
import { agendaSessions, exchangeOutcomes, exchangeStops, exchangeThemes } from '../modules/exchanges/exchange-program.tables.js';
import { exchangeDelegations, exchangeOrganizations, exchanges, exchangeSeries } from '../modules/exchanges/exchanges.tables.js';
import { exchangeRegistrations } from '../modules/exchanges/registrations.tables.js';
import { networkMembers, networkMemberUnavailability, networks } from '../modules/networks/networks.tables.js';
import { partnershipParties, partnerships, partnershipThemes, projectGroupMembers, projectGroups } from '../modules/partnerships/partnerships.tables.js';
import { claimsHeldElsewhere, gazetteerCovers, loadGazetteer, takeOverGeonamesIds } from '../modules/places/gazetteer/gazetteer-import.js';
import { placeNameRows } from '../modules/places/names/place-name-rows.js';
import { replacePlaceNameRows } from '../modules/places/place-names.repository.js';
import { places } from '../modules/places/places.tables.js';
import { themes } from '../modules/themes/themes.tables.js';
import { REFERENCE_WORKSPACE_ID } from '../core/records/reference-workspace.js';
import { workspaces } from '../modules/workspaces/workspaces.tables.js';
import { demoDelegations, demoExchangeOrganizations, demoExchanges, demoExchangeSeries, demoMeetingHosts } from './demo-exchanges.js';
import { demoId } from './demo-id.js';
import { demoUpcomingExchangeOrganizations, demoUpcomingExchanges } from './demo-upcoming.js';
import { demoNetworkMembers, demoNetworks } from './demo-networks.js';
import { demoOrganizations } from './demo-organizations.js';
import { demoPartnershipParties, demoPartnerships } from './demo-partnerships.js';
import { demoAffiliations, demoOrganizationThemes, demoPeople, demoPersonThemes } from './demo-people.js';
import { demoPlaces } from './demo-places.js';
import { demoIndicators, demoIndicatorValues, demoMonitorAreas, demoMonitors, demoPilotSelections } from './demo-areas.js';
import { demoDeadlines, demoGrants, demoProgrammes } from './demo-funding.js';
import { demoMeasurePartners, demoMeasures, demoPlan, demoPlanAgreements, demoPlanSides, demoPriorities, demoPriorityThemes, demoProgress } from './demo-plans.js';
import { demoProjectContacts, demoProjectPartners, demoProjects } from './demo-projects.js';
import { demoExchangeProjects, demoExchangeRelations, demoPlanProjects } from './demo-links.js';
import { actionPlanProjects, exchangeProjects, exchangeRelations } from '../modules/record-links/record-links.tables.js';
import { areaIndicators, areaIndicatorValues, areaMonitorAreas, areaMonitors, areaPilotSelections } from '../modules/areas/areas.tables.js';
import { fundingDeadlines, fundingProgrammes, grants } from '../modules/funding/funding.tables.js';
import { actionPlanAgreements, actionPlanMeasurePartners, actionPlanMeasures, actionPlanPriorities, actionPlans, actionPlanSides, actionPlanVersions, measureProgressUpdates } from '../modules/plans/plans.tables.js';
import { projectContacts, projectPartners, projects } from '../modules/projects/projects.tables.js';
import { systemViewer } from '../core/auth/viewer.js';
import { insideTransaction } from '../core/service-context.js';
import { currentSnapshot } from '../modules/plans/plans.service.js';
import { sideName } from '../modules/plans/plan-agreement.service.js';
import { loadPlanReferences } from '../modules/plans/plan-references.js';
import {
  demoDelegates,
  demoExchangeThemes,
  demoOutcomes,
  demoRegistrations,
  demoSessions,
  demoStops,
  demoUnavailability,
} from './demo-programme.js';
import { demoPartnershipThemes, demoProjectGroupMembers, demoProjectGroups } from './demo-project-groups.js';
import { demoDocumentComments, demoDocumentLinks, demoDocuments, demoDocumentThemeLink, demoDocumentThemes } from './demo-documents.js';
import { documentComments, documentLinks, documents } from '../modules/knowledge/documents/documents.tables.js';

export const DEMO_WORKSPACE_ID = demoId('workspace:demo');

/** The countries whose towns the demo links to: the gazetteer entries it loads. */
export const DEMO_COUNTRIES = ['DE', 'UA', 'XK'];

export interface SeedReport {
  inserted: number;
  alreadyPresent: number;
  /** Gazetteer towns written for the demo countries (0 when not asked for). */
  gazetteerTowns: number;
}

export interface SeedOptions {
  /**
   * Also load the gazetteer (countries, and the towns of DE, UA and XK) unless it holds them
   * already; on by default.
   */
  gazetteer?: boolean;
  progress?: Progress;
}

/**
 * Writes the demo data in one transaction. Every record has a fixed id, so running it again
 * adds only what is missing (for instance demo records added by a newer version). Demo towns
 * carry GeoNames ids: when the gazetteer was loaded first, its record of the town is merged into
 * the demo's, so no town exists twice; a later gazetteer load leaves the demo's towns alone.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedReport> {
  const report = await db.transaction(async (tx) => {
    let inserted = 0;
    let total = 0;
    const insertAll = async (table: PgTable, rows: Record<string, unknown>[]) => {
      total += rows.length;
      if (rows.length === 0) return [];
      const written = await tx.insert(table).values(rows).onConflictDoNothing().returning();
      inserted += written.length;
      return written;
    };
    const inDemoWorkspace = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, workspaceId: DEMO_WORKSPACE_ID }));

    await insertAll(workspaces, [{ id: DEMO_WORKSPACE_ID, slug: 'demo', name: 'Stadtdialog Demo' }]);
    const claims = demoPlaces.flatMap((place) => (place.geonamesId ? [{ placeId: place.id!, geonamesId: place.geonamesId }] : []));
    const heldElsewhere = await claimsHeldElsewhere(tx, claims);
    const withoutHeldIds = demoPlaces.map((place) =>
      heldElsewhere.some((claim) => claim.placeId === place.id) ? { ...place, geonamesId: null } : place,
    );
    // Places refer to their parents, so they go in tree order.
    const placeRows = [
      ...(await insertAll(places, inDemoWorkspace(withoutHeldIds.filter((place) => place.kind === 'country')))),
      ...(await insertAll(places, inDemoWorkspace(withoutHeldIds.filter((place) => place.kind === 'state')))),
      ...(await insertAll(places, inDemoWorkspace(withoutHeldIds.filter((place) => place.kind === 'municipality')))),
      ...(await insertAll(
        places,
        inDemoWorkspace(withoutHeldIds.filter((place) => !['country', 'state', 'municipality'].includes(place.kind))),
      )),
    ] as (typeof places.$inferSelect)[];
    await takeOverGeonamesIds(tx, heldElsewhere);
    await replacePlaceNameRows(
      tx,
      placeRows.map((row) => row.id),
      placeRows.flatMap(placeNameRows),
    );
    await insertAll(organizations, inDemoWorkspace(demoOrganizations.filter((organization) => !organization.parentId)));
    await insertAll(organizations, inDemoWorkspace(demoOrganizations.filter((organization) => organization.parentId)));
    await insertAll(people, inDemoWorkspace([...demoPeople, ...demoDelegates]));
    await insertAll(affiliations, demoAffiliations);
    const themeIds = await referenceThemeIds(tx, [
      ...[...demoOrganizationThemes, ...demoPersonThemes, ...demoPartnershipThemes, ...demoExchangeThemes].map(([, slug]) => slug),
      ...demoProjectGroups.map((group) => group.theme),
      ...demoSessions.flatMap((session) => (session.theme ? [session.theme] : [])),
    ]);
    const themeId = (slug: string | undefined) => (slug ? (themeIds.get(slug) ?? null) : null);
    await insertAll(
      organizationThemes,
      demoOrganizationThemes.flatMap(([key, slug]) =>
        themeIds.has(slug) ? [{ organizationId: demoId(`organization:${key}`), themeId: themeIds.get(slug)! }] : [],
      ),
    );
    await insertAll(
      personThemes,
      demoPersonThemes.flatMap(([key, slug]) => (themeIds.has(slug) ? [{ personId: demoId(`person:${key}`), themeId: themeIds.get(slug)! }] : [])),
    );
    await insertAll(partnerships, inDemoWorkspace(demoPartnerships.filter((partnership) => !partnership.parentId)));
    await insertAll(partnerships, inDemoWorkspace(demoPartnerships.filter((partnership) => partnership.parentId)));
    await insertAll(partnershipParties, demoPartnershipParties);
    await insertAll(
      partnershipThemes,
      demoPartnershipThemes.flatMap(([key, slug]) => (themeIds.has(slug) ? [{ partnershipId: demoId(`partnership:${key}`), themeId: themeIds.get(slug)! }] : [])),
    );
    await insertAll(projectGroups, demoProjectGroups.map(({ theme, ...group }) => ({ ...group, themeId: themeId(theme) })));
    await insertAll(projectGroupMembers, demoProjectGroupMembers);
    await insertAll(networks, inDemoWorkspace(demoNetworks));
    await insertAll(networkMembers, demoNetworkMembers);
    await insertAll(networkMemberUnavailability, demoUnavailability);
    await insertAll(exchangeSeries, inDemoWorkspace(demoExchangeSeries));
    await insertAll(exchanges, inDemoWorkspace(demoExchanges));
    await seedUpcomingExchanges(tx, insertAll, inDemoWorkspace);
    // Meetings written by an earlier version get the host recorded since.
    for (const [exchangeId, memberId] of demoMeetingHosts) {
      await tx.update(exchanges).set({ hostNetworkMemberId: memberId }).where(and(eq(exchanges.id, exchangeId), isNull(exchanges.hostNetworkMemberId)));
    }
    await insertAll(exchangeOrganizations, [...demoExchangeOrganizations, ...demoUpcomingExchangeOrganizations]);
    await insertAll(exchangeDelegations, demoDelegations);
    await insertAll(
      exchangeThemes,
      demoExchangeThemes.flatMap(([key, slug]) => (themeIds.has(slug) ? [{ exchangeId: demoId(`exchange:${key}`), themeId: themeIds.get(slug)! }] : [])),
    );
    await insertAll(exchangeStops, demoStops);
    await insertAll(agendaSessions, demoSessions.map(({ theme, ...session }) => ({ ...session, themeId: themeId(theme) })));
    await insertAll(exchangeOutcomes, demoOutcomes);
    await insertAll(exchangeRegistrations, demoRegistrations);
    await seedPlansAndFunding(tx, insertAll, inDemoWorkspace);
    await insertAll(exchangeRelations, demoExchangeRelations);
    await insertAll(exchangeProjects, demoExchangeProjects);
    await insertAll(actionPlanProjects, demoPlanProjects);
    await insertAll(documents, inDemoWorkspace(demoDocuments));
    await insertAll(documentLinks, demoDocumentLinks);
    const documentThemeIds = await referenceThemeIds(tx, demoDocumentThemes.map(([, slug]) => slug));
    await insertAll(
      documentLinks,
      demoDocumentThemes.flatMap(([key, slug]) => (documentThemeIds.has(slug) ? [demoDocumentThemeLink(key, slug, documentThemeIds.get(slug)!)] : [])),
    );
    await insertAll(documentComments, demoDocumentComments);
    const matchingThemeIds = await referenceThemeIds(tx, [...demoMatchingItems.map((item) => item.theme), ...demoMatchingProfileThemes.map(([, slug]) => slug)]);
    await insertAll(workspaces, demoSideWorkspaces);
    await insertAll(
      matchingProfiles,
      inDemoWorkspace(demoMatchingProfiles).map((profile) => ({ ...profile, workspaceId: demoProfileWorkspaces.get(profile.id!) ?? profile.workspaceId })),
    );
    await insertAll(
      matchingProfileThemes,
      demoMatchingProfileThemes.flatMap(([key, slug]) =>
        matchingThemeIds.has(slug) ? [{ profileId: demoId(`matching-profile:${key}`), themeId: matchingThemeIds.get(slug)! }] : [],
      ),
    );
    await insertAll(matchingItems, demoMatchingItems.flatMap(({ theme, ...row }) => (matchingThemeIds.has(theme) ? [{ ...row, themeId: matchingThemeIds.get(theme)! }] : [])));
    await insertAll(matchingIntroductions, inDemoWorkspace(demoIntroductions));
    return { inserted, alreadyPresent: total - inserted };
  });
  let gazetteerTowns = 0;
  if ((options.gazetteer ?? true) && !(await gazetteerCovers(db, DEMO_COUNTRIES))) {
    const gazetteer = await loadGazetteer(db, { countryCodes: DEMO_COUNTRIES, progress: options.progress });
    gazetteerTowns = gazetteer.municipalitiesWritten;
  }
  return { ...report, gazetteerTowns };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * The demo's exchanges still ahead, dated from today; one written on an earlier day whose date has
 * passed while still planned moves to its new date, so the demo looks alive whenever it starts.
 */
async function seedUpcomingExchanges(
  tx: Tx,
  insertAll: (table: PgTable, rows: Record<string, unknown>[]) => Promise<unknown[]>,
  inDemoWorkspace: <T extends object>(rows: T[]) => (T & { workspaceId: string })[],
) {
  const upcoming = demoUpcomingExchanges();
  await insertAll(exchanges, inDemoWorkspace(upcoming));
  const today = new Date().toISOString().slice(0, 10);
  for (const exchange of upcoming) {
    await tx
      .update(exchanges)
      .set({ startDate: exchange.startDate, endDate: exchange.endDate })
      .where(and(eq(exchanges.id, exchange.id!), inArray(exchanges.status, ['planned', 'confirmed']), lt(exchanges.startDate, today)));
  }
}

/** Projects, the joint action plan with its agreed version, the funding programme with a grant, and the area monitoring. */
async function seedPlansAndFunding(
  tx: Tx,
  insertAll: (table: PgTable, rows: Record<string, unknown>[]) => Promise<unknown[]>,
  inDemoWorkspace: <T extends object>(rows: T[]) => (T & { workspaceId: string })[],
) {
  await insertAll(projects, inDemoWorkspace(demoProjects));
  await insertAll(projectPartners, demoProjectPartners);
  await insertAll(projectContacts, demoProjectContacts);
  const planRows = (await insertAll(actionPlans, inDemoWorkspace([demoPlan]))) as (typeof actionPlans.$inferSelect)[];
  await insertAll(actionPlanSides, inDemoWorkspace(demoPlanSides));
  const themeIds = await referenceThemeIds(tx, demoPriorityThemes.map(([, slug]) => slug));
  await insertAll(
    actionPlanPriorities,
    demoPriorities.map((priority) => ({ ...priority, themeId: themeIds.get(demoPriorityThemes.find(([id]) => id === priority.id)![1]) ?? null })),
  );
  await insertAll(actionPlanMeasures, demoMeasures);
  await insertAll(actionPlanMeasurePartners, demoMeasurePartners);
  await insertAll(actionPlanAgreements, demoPlanAgreements);
  await insertAll(measureProgressUpdates, demoProgress);
  const plan = planRows[0];
  if (plan) {
    // The agreed version is the plan as it was written, with the names of what it links to.
    const ctx = insideTransaction({ viewer: systemViewer, requestId: null }, tx);
    const sides = await tx.select().from(actionPlanSides).where(eq(actionPlanSides.planId, plan.id)).orderBy(actionPlanSides.position);
    const refs = await loadPlanReferences(ctx, { plans: [plan], sides });
    await insertAll(actionPlanVersions, [
      {
        id: demoId('version:gruenau-darnytskyi-2019:1'),
        planId: plan.id,
        number: 1,
        revision: 1,
        snapshot: await currentSnapshot(tx, ctx, plan, sides),
        agreements: demoPlanAgreements.map((agreement) => ({
          sideId: agreement.sideId,
          side: sideName(sides.find((side) => side.id === agreement.sideId)!, refs),
          userName: agreement.userName,
          agreedAt: (agreement.agreedAt as Date).toISOString(),
        })),
        agreedAt: new Date('2018-12-07T10:00:00Z'),
      },
    ]);
  }
  await insertAll(fundingProgrammes, inDemoWorkspace(demoProgrammes));
  await insertAll(fundingDeadlines, demoDeadlines());
  await insertAll(grants, inDemoWorkspace(demoGrants));
  await insertAll(areaMonitors, inDemoWorkspace(demoMonitors));
  await insertAll(areaMonitorAreas, demoMonitorAreas);
  await insertAll(areaIndicators, demoIndicators);
  await insertAll(areaIndicatorValues, demoIndicatorValues);
  await insertAll(areaPilotSelections, demoPilotSelections);
}

async function referenceThemeIds(tx: Parameters<Parameters<Db['transaction']>[0]>[0], slugs: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: themes.id, slug: themes.slug })
    .from(themes)
    .where(and(eq(themes.workspaceId, REFERENCE_WORKSPACE_ID), inArray(themes.slug, [...new Set(slugs)])));
  return new Map(rows.map((row) => [row.slug, row.id]));
}
