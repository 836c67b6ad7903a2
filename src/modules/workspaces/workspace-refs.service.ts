import type { ServiceContext } from '../../core/service-context.js';
import { findWorkspaceBySlug, findWorkspacesByIds } from './memberships.repository.js';

export interface WorkspaceRef {
  id: string;
  slug: string;
  name: string;
}

/** Names and addresses of workspaces other records point to (every workspace's name is public). */
export async function workspaceRefsByIds(ctx: ServiceContext, ids: Iterable<string>): Promise<Map<string, WorkspaceRef>> {
  const rows = await ctx.transaction((tx) => findWorkspacesByIds(tx, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function workspaceRefBySlug(ctx: ServiceContext, slug: string): Promise<WorkspaceRef | undefined> {
  return ctx.transaction((tx) => findWorkspaceBySlug(tx, slug));
}
