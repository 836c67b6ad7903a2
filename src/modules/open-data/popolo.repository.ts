import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { organizations } from '../actors/organizations.tables.js';
import { affiliations, people } from '../actors/people.tables.js';
import { exchangeOrganizations, exchanges } from '../exchanges/exchanges.tables.js';
import { places } from '../places/places.tables.js';
import { visibleTo } from '../../core/records/record-visibility.js';

export type PopoloOrganizationRow = typeof organizations.$inferSelect;
export type PopoloPersonRow = typeof people.$inferSelect;
export type PopoloAffiliationRow = typeof affiliations.$inferSelect;
export type PopoloExchangeRow = typeof exchanges.$inferSelect & { venue: { name: string; names: Record<string, string> } | null };

/**
 * People whose data may be published: readable by the viewer, not erased, and held with their
 * consent or for a public task (an official acting in office). Contracts and legitimate interest
 * allow keeping the data, not publishing it.
 */
export const publishable = (viewer: Viewer): SQL =>
  and(visibleTo(viewer, people), isNull(people.erasedAt), inArray(people.consentBasis, ['consent', 'public_task']))!;

export async function findPopoloOrganizations(db: DbExecutor, viewer: Viewer): Promise<PopoloOrganizationRow[]> {
  return db.select().from(organizations).where(visibleTo(viewer, organizations)).orderBy(asc(organizations.sortName), asc(organizations.id));
}

export async function findPopoloPeople(db: DbExecutor, viewer: Viewer): Promise<PopoloPersonRow[]> {
  return db.select().from(people).where(publishable(viewer)).orderBy(asc(people.sortName), asc(people.id));
}

/** Affiliations between a publishable person and an organisation the viewer may see. */
export async function findPopoloAffiliations(db: DbExecutor, viewer: Viewer): Promise<PopoloAffiliationRow[]> {
  const rows = await db
    .select({ affiliation: affiliations })
    .from(affiliations)
    .innerJoin(people, eq(people.id, affiliations.personId))
    .innerJoin(organizations, eq(organizations.id, affiliations.organizationId))
    .where(and(publishable(viewer), visibleTo(viewer, organizations)))
    .orderBy(asc(people.sortName), asc(affiliations.fromDate), asc(affiliations.id));
  return rows.map(({ affiliation }) => affiliation);
}

export async function findPopoloExchanges(db: DbExecutor, viewer: Viewer): Promise<PopoloExchangeRow[]> {
  const rows = await db
    .select({ exchange: exchanges, venueName: places.name, venueNames: places.names })
    .from(exchanges)
    .leftJoin(places, and(eq(places.id, exchanges.venuePlaceId), visibleTo(viewer, places)))
    .where(visibleTo(viewer, exchanges))
    .orderBy(asc(exchanges.startDate), asc(exchanges.id));
  return rows.map(({ exchange, venueName, venueNames }) => ({ ...exchange, venue: venueName === null ? null : { name: venueName, names: venueNames ?? {} } }));
}

/** The organisation of each exchange that hosts it (else organises it), among those the viewer may see. */
export async function findHostOrganizations(db: DbExecutor, viewer: Viewer, exchangeIds: string[]): Promise<Map<string, string>> {
  const hosts = new Map<string, string>();
  if (exchangeIds.length === 0) return hosts;
  const rows = await db
    .select({ exchangeId: exchangeOrganizations.exchangeId, organizationId: exchangeOrganizations.organizationId, role: exchangeOrganizations.role })
    .from(exchangeOrganizations)
    .innerJoin(organizations, eq(organizations.id, exchangeOrganizations.organizationId))
    .where(and(inArray(exchangeOrganizations.exchangeId, exchangeIds), or(eq(exchangeOrganizations.role, 'host'), eq(exchangeOrganizations.role, 'organizer')), visibleTo(viewer, organizations)))
    .orderBy(asc(exchangeOrganizations.exchangeId), asc(exchangeOrganizations.role), asc(exchangeOrganizations.id));
  for (const row of rows) if (!hosts.has(row.exchangeId)) hosts.set(row.exchangeId, row.organizationId);
  return hosts;
}
