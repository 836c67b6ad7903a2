import type { ServiceContext } from '../../core/service-context.js';
import { displayNameOf } from './actors.presenter.js';
import type { OrganizationCard, PersonCard } from './contact-cards.schemas.js';
import { findOrganizationsByIds } from './organizations.repository.js';
import { findPeopleByIds } from './people.repository.js';

const ids = (values: Iterable<string | null | undefined>) => [...new Set([...values].filter((id): id is string => typeof id === 'string'))];

/** How to reach the organizations and people other modules name as contacts (those the viewer may see). */
export async function contactCardsByIds(
  ctx: ServiceContext,
  organizationIds: Iterable<string | null | undefined>,
  personIds: Iterable<string | null | undefined>,
): Promise<{ organizations: Map<string, OrganizationCard>; people: Map<string, PersonCard> }> {
  return ctx.transaction(async (tx, ctx) => {
    const organizations = await findOrganizationsByIds(tx, ctx.viewer, ids(organizationIds));
    const people = await findPeopleByIds(tx, ctx.viewer, ids(personIds));
    return {
      organizations: new Map(
        organizations.map((row) => [
          row.id,
          { id: row.id, name: row.name, names: row.names, shortName: row.shortName, address: row.address, phone: row.phone, email: row.email, website: row.website },
        ]),
      ),
      people: new Map(
        people.map((row) => [
          row.id,
          { id: row.id, displayName: displayNameOf(row), phone: row.erasedAt ? null : row.phone, email: row.erasedAt ? null : row.email, erased: row.erasedAt !== null },
        ]),
      ),
    };
  });
}
