import { sql } from 'drizzle-orm';
import type { Viewer } from '../auth/viewer.js';
import type { ServiceContext } from '../service-context.js';
import type { Db } from './client.js';

export interface ContextDatabase {
  db: Db;
  applicationRole: string | null;
}

export function createServiceContext(database: ContextDatabase, viewer: Viewer, requestId: string | null = null): ServiceContext {
  return {
    viewer,
    requestId,
    transaction: (work) =>
      database.db.transaction(async (tx) => {
        if (viewer.kind !== 'system' && database.applicationRole) {
          const userId = viewer.kind === 'user' ? viewer.userId : '';
          const canWrite = viewer.kind === 'user' && (viewer.via.kind === 'session' || viewer.via.scope === 'write');
          await tx.execute(
            sql`SELECT set_config('app.user_id', ${userId}, true), set_config('app.can_write', ${canWrite ? 'on' : 'off'}, true), set_config('role', ${database.applicationRole}, true)`,
          );
        }
        const joined: ServiceContext = { viewer, requestId, transaction: (inner) => inner(tx, joined) };
        return work(tx, joined);
      }),
  };
}
