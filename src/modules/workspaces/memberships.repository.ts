import { eq } from 'drizzle-orm';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { memberships } from './workspaces.tables.js';

export async function rolesOfUser(db: DbExecutor, userId: string): Promise<Map<string, WorkspaceRole>> {
  const rows = await db
    .select({ workspaceId: memberships.workspaceId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return new Map(rows.map((row) => [row.workspaceId, row.role]));
}
