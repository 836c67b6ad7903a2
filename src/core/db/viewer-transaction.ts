import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Viewer } from '../auth/viewer.js';
import type { ServiceContext } from '../service-context.js';
import type { Db, DbExecutor } from './client.js';

export interface ContextDatabase {
  db: Db;
  /** The pool behind `db`; with it, a viewer's transaction opens in one round trip instead of two. */
  pool?: pg.Pool;
  applicationRole: string | null;
}

const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * BEGIN and the viewer's settings for row-level security sent as one simple-protocol message
 * (a single round trip). The simple protocol takes no parameters, so every value is quoted with
 * the driver's own literal escaping.
 */
function openingStatement(client: pg.PoolClient, viewer: Viewer, applicationRole: string): string {
  const { userId, canWrite } = viewerSettings(viewer);
  return (
    'BEGIN; SELECT ' +
    `set_config('app.user_id', ${client.escapeLiteral(userId)}, true), ` +
    `set_config('app.can_write', '${canWrite ? 'on' : 'off'}', true), ` +
    `set_config('role', ${client.escapeLiteral(applicationRole)}, true)`
  );
}

/** Drizzle's own transaction object over a client whose transaction is already open. */
async function inViewerTransaction<T>(pool: pg.Pool, opening: (client: pg.PoolClient) => string, work: (tx: DbExecutor) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection whose BEGIN, COMMIT or ROLLBACK failed may be left mid-transaction: it is not reused.
  let broken: Error | undefined;
  try {
    await client.query(opening(client)).catch((error: Error) => {
      broken = error;
      throw error;
    });
    const tx: DbExecutor = new NodePgTransaction<Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>(
      dialect,
      new NodePgSession(client, dialect, undefined),
      undefined,
    );
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    }
    await client.query('COMMIT').catch((error: Error) => {
      broken = error;
      throw error;
    });
    return result;
  } finally {
    client.release(broken);
  }
}

function viewerSettings(viewer: Viewer) {
  const userId = viewer.kind === 'user' ? viewer.userId : '';
  const canWrite = viewer.kind === 'user' && (viewer.via.kind === 'session' || viewer.via.scope === 'write');
  return { userId, canWrite };
}

export function createServiceContext(database: ContextDatabase, viewer: Viewer, requestId: string | null = null): ServiceContext {
  const transaction = <T>(work: (tx: DbExecutor, ctx: ServiceContext) => Promise<T>): Promise<T> => {
    const withContext = (tx: DbExecutor) => {
      const joined: ServiceContext = { viewer, requestId, transaction: (inner) => inner(tx, joined) };
      return work(tx, joined);
    };
    const { applicationRole, pool } = database;
    if (viewer.kind === 'system' || !applicationRole) return database.db.transaction(withContext);
    if (pool) return inViewerTransaction(pool, (client) => openingStatement(client, viewer, applicationRole), withContext);
    return database.db.transaction(async (tx) => {
      const { userId, canWrite } = viewerSettings(viewer);
      await tx.execute(
        sql`SELECT set_config('app.user_id', ${userId}, true), set_config('app.can_write', ${canWrite ? 'on' : 'off'}, true), set_config('role', ${applicationRole}, true)`,
      );
      return withContext(tx);
    });
  };
  return { viewer, requestId, transaction };
}
