import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { userIdOf, type Viewer } from '../auth/viewer.js';
import type { Visibility } from './visibilities.js';

export interface ScopedColumns {
  workspaceId: PgColumn;
  visibility: PgColumn;
  createdBy: PgColumn;
}

/**
 * The SQL form of `canRead` (core/auth/policy.ts): the records of a table the viewer may see.
 * Row-level security in PostgreSQL applies the same rule a second time.
 */
export function visibleTo(viewer: Viewer, table: ScopedColumns): SQL {
  switch (viewer.kind) {
    case 'system':
      return sql`true`;
    case 'anonymous':
      return eq(table.visibility, 'public');
    case 'user': {
      const memberOf = [...viewer.roles.keys()];
      const curating = [...viewer.roles].filter(([, role]) => role === 'owner' || role === 'coordinator').map(([id]) => id);
      if (memberOf.length === 0) return eq(table.visibility, 'public');
      return or(
        eq(table.visibility, 'public'),
        and(
          inArray(table.workspaceId, memberOf),
          or(
            eq(table.visibility, 'workspace'),
            eq(table.createdBy, viewer.userId),
            curating.length > 0 ? inArray(table.workspaceId, curating) : undefined,
          ),
        ),
      )!;
    }
  }
}

/** The scope of a new record: the workspace it is made in, who may see it (`visibility` when the input names none) and who made it. */
export function newRecordScope(viewer: Viewer, input: { workspaceId: string; visibility?: Visibility }, visibility: Visibility) {
  return { workspaceId: input.workspaceId, visibility: input.visibility ?? visibility, createdBy: userIdOf(viewer) };
}
