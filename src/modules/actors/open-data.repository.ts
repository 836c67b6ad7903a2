import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { organizations } from './organizations.tables.js';
import { affiliations, people } from './people.tables.js';
import { findRowsWhere } from '../../core/db/rows.js';

export type PublishedOrganizationRow = typeof organizations.$inferSelect;
export type PublishedPersonRow = typeof people.$inferSelect;
export type PublishedAffiliationRow = typeof affiliations.$inferSelect;

/**
 * People whose data may be published: readable by the viewer, not erased, and held with their
 * consent or for a public task (an official acting in office). Contracts and legitimate interest
 * allow keeping the data, not publishing it.
 */
export const publishable = (viewer: Viewer): SQL =>
  and(visibleTo(viewer, people), isNull(people.erasedAt), inArray(people.consentBasis, ['consent', 'public_task']))!;

/** The organisations the viewer may see, by name, for the open data exports. */
export function findPublishedOrganizations(db: DbExecutor, viewer: Viewer): Promise<PublishedOrganizationRow[]> {
  return findRowsWhere(db, organizations, visibleTo(viewer, organizations), asc(organizations.sortName), asc(organizations.id));
}

export function findPublishablePeople(db: DbExecutor, viewer: Viewer): Promise<PublishedPersonRow[]> {
  return findRowsWhere(db, people, publishable(viewer), asc(people.sortName), asc(people.id));
}

/** Affiliations between a publishable person and an organisation the viewer may see. */
export async function findPublishableAffiliations(db: DbExecutor, viewer: Viewer): Promise<PublishedAffiliationRow[]> {
  const rows = await db
    .select({ affiliation: affiliations })
    .from(affiliations)
    .innerJoin(people, eq(people.id, affiliations.personId))
    .innerJoin(organizations, eq(organizations.id, affiliations.organizationId))
    .where(and(publishable(viewer), visibleTo(viewer, organizations)))
    .orderBy(asc(people.sortName), asc(affiliations.fromDate), asc(affiliations.id));
  return rows.map(({ affiliation }) => affiliation);
}

/** The public organisations, by name, for the open data package. */
export function findPublicOrganizations(db: DbExecutor): Promise<PublishedOrganizationRow[]> {
  return findRowsWhere(db, organizations, eq(organizations.visibility, 'public'), asc(organizations.sortName), asc(organizations.id));
}

/** The public people whose data may be published, by name, and their affiliations, for the open data package. */
export async function findPublicPeopleWithAffiliations(db: DbExecutor): Promise<{ people: PublishedPersonRow[]; affiliations: PublishedAffiliationRow[] }> {
  const personRows = await db
    .select()
    .from(people)
    .where(and(eq(people.visibility, 'public'), isNull(people.erasedAt), inArray(people.consentBasis, ['consent', 'public_task'])))
    .orderBy(asc(people.sortName), asc(people.id));
  const affiliationRows = personRows.length
    ? await db.select().from(affiliations).where(inArray(affiliations.personId, personRows.map((row) => row.id))).orderBy(asc(affiliations.id))
    : [];
  return { people: personRows, affiliations: affiliationRows };
}
