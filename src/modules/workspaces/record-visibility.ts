import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../core/auth/viewer.js';

/** The SQL condition under which a record with this visibility column may be shown to the viewer. */
export function visibleTo(viewer: Viewer, visibility: PgColumn): SQL {
  switch (viewer.kind) {
    case 'anonymous':
      return eq(visibility, 'public');
  }
}
