import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client.js';
import { organizations } from '../actors/organizations.tables.js';
import { exchangeDelegations, exchangeOrganizations, exchanges, exchangeSeries } from '../exchanges/exchanges.tables.js';
import { networkMembers, networks } from '../networks/networks.tables.js';
import { partnershipParties, partnerships } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { workspaces } from '../workspaces/workspaces.tables.js';
import { demoDelegations, demoExchangeOrganizations, demoExchanges, demoExchangeSeries } from './demo-exchanges.js';
import { demoId } from './demo-id.js';
import { demoNetworkMembers, demoNetworks } from './demo-networks.js';
import { demoOrganizations } from './demo-organizations.js';
import { demoPartnershipParties, demoPartnerships } from './demo-partnerships.js';
import { demoPlaces } from './demo-places.js';

export const DEMO_WORKSPACE_ID = demoId('workspace:demo');

export interface SeedReport {
  inserted: number;
  alreadyPresent: number;
}

/**
 * Writes the demo data in one transaction. Every record has a fixed id, so running it again
 * adds only what is missing (for instance demo records added by a newer version).
 */
export async function seedDemo(db: Db): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    let total = 0;
    const insertAll = async (table: PgTable, rows: Record<string, unknown>[]) => {
      total += rows.length;
      if (rows.length === 0) return;
      const written = await tx.insert(table).values(rows).onConflictDoNothing().returning();
      inserted += written.length;
    };
    const inDemoWorkspace = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, workspaceId: DEMO_WORKSPACE_ID }));

    await insertAll(workspaces, [{ id: DEMO_WORKSPACE_ID, slug: 'demo', name: 'Stadtdialog Demo' }]);
    // Places refer to their parents, so they go in tree order.
    await insertAll(places, inDemoWorkspace(demoPlaces.filter((place) => place.kind === 'country')));
    await insertAll(places, inDemoWorkspace(demoPlaces.filter((place) => place.kind === 'state')));
    await insertAll(places, inDemoWorkspace(demoPlaces.filter((place) => place.kind === 'municipality')));
    await insertAll(places, inDemoWorkspace(demoPlaces.filter((place) => !['country', 'state', 'municipality'].includes(place.kind))));
    await insertAll(organizations, inDemoWorkspace(demoOrganizations.filter((organization) => !organization.parentId)));
    await insertAll(organizations, inDemoWorkspace(demoOrganizations.filter((organization) => organization.parentId)));
    await insertAll(partnerships, inDemoWorkspace(demoPartnerships.filter((partnership) => !partnership.parentId)));
    await insertAll(partnerships, inDemoWorkspace(demoPartnerships.filter((partnership) => partnership.parentId)));
    await insertAll(partnershipParties, demoPartnershipParties);
    await insertAll(networks, inDemoWorkspace(demoNetworks));
    await insertAll(networkMembers, demoNetworkMembers);
    await insertAll(exchangeSeries, inDemoWorkspace(demoExchangeSeries));
    await insertAll(exchanges, inDemoWorkspace(demoExchanges));
    await insertAll(exchangeOrganizations, demoExchangeOrganizations);
    await insertAll(exchangeDelegations, demoDelegations);
    return { inserted, alreadyPresent: total - inserted };
  });
}
