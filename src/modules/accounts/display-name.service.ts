import type { ServiceContext } from '../../core/service-context.js';
import { findUserById } from './users.repository.js';

/** The signed-in viewer's display name, for records that keep who did something as it was then. */
export async function ownDisplayName(ctx: ServiceContext): Promise<string> {
  if (ctx.viewer.kind !== 'user') return ctx.viewer.kind === 'system' ? 'Stadtdialog' : '';
  const userId = ctx.viewer.userId;
  return ctx.transaction(async (tx) => (await findUserById(tx, userId))?.displayName ?? '');
}
