import type { DbExecutor } from '../../core/db/client.js';
import { countOrganizationsWithTheme } from './organizations.repository.js';
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
