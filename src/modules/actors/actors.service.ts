import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { findPublicOrganizations, findPublicPeopleWithAffiliations, type PublishedOrganizationRow } from './open-data.repository.js';
import { countOrganizationsWithTheme, findOrganizationsByIds } from './organizations.repository.js';
import { countPeopleWithTheme } from './people.repository.js';

/** How many organisations and people carry a theme, shown before a theme is changed or merged. */
export async function countThemeUses(db: DbExecutor, themeId: string): Promise<{ organizations: number; people: number }> {
  return { organizations: await countOrganizationsWithTheme(db, themeId), people: await countPeopleWithTheme(db, themeId) };
}

/** Organisations, people whose data may be published and their affiliations, for the open data exports. */
export {
  findPublishableAffiliations,
  findPublishablePeople,
  findPublishedOrganizations,
  type PublishedAffiliationRow,
  type PublishedOrganizationRow,
  type PublishedPersonRow,
} from './open-data.repository.js';

/** The public organisations, as the open data package publishes them. */
export async function listPublicOrganizationsForExport(ctx: ServiceContext): Promise<PublishedOrganizationRow[]> {
  return ctx.transaction((tx) => findPublicOrganizations(tx));
}

/** The public people whose data may be published, and their affiliations, as the open data package publishes them. */
export async function listPublicPeopleForExport(ctx: ServiceContext) {
  return ctx.transaction((tx) => findPublicPeopleWithAffiliations(tx));
}

/** The organisations among these the viewer may see, as stored, for reports that need every field. */
export async function organizationRowsForReport(ctx: ServiceContext, ids: string[]): Promise<PublishedOrganizationRow[]> {
  return ctx.transaction((tx, ctx) => findOrganizationsByIds(tx, ctx.viewer, ids));
}
