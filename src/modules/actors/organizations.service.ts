import type { ServiceContext } from '../../core/service-context.js';
import { presentOrganizationRef } from './organizations.presenter.js';
import { findOrganizationsByIds } from './organizations.repository.js';
import type { OrganizationRef } from './organizations.schemas.js';

/** Short descriptions of the organizations other modules link to, for the ones the viewer may see. */
export async function organizationRefsByIds(
  ctx: ServiceContext,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, OrganizationRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx) => findOrganizationsByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentOrganizationRef(row)]));
}
