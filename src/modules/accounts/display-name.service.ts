import type { ServiceContext } from '../../core/service-context.js';
import { findDisplayNames, findUserById } from './users.repository.js';

/** The signed-in viewer's display name, for records that keep who did something as it was then. */
export async function ownDisplayName(ctx: ServiceContext): Promise<string> {
  if (ctx.viewer.kind !== 'user') return ctx.viewer.kind === 'system' ? 'Stadtdialog' : '';
  const userId = ctx.viewer.userId;
  return ctx.transaction(async (tx) => (await findUserById(tx, userId))?.displayName ?? '');
}

/** Display names of other users, e.g. the authors of comments, for those who share a workspace with the viewer. */
export async function displayNamesByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  return ctx.transaction((tx) => findDisplayNames(tx, unique));
}
