import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';

export type Db = NodePgDatabase;
/** A database handle, or a transaction opened on one: repositories accept either. */
export type DbExecutor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

// DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone to shift it.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// BIGINT (e.g. count(*)) fits a JS number for every count this application makes.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PoolOptions {
  connectionString: string;
  max: number;
  logger: Logger;
  applicationName?: string;
}

export function createPool({ connectionString, max, logger, applicationName = 'stadtdialog' }: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: applicationName,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client whose server went away emits 'error'; without a listener the process would crash.
  pool.on('error', (error) => logger.warn({ err: error }, 'an idle database connection failed'));
  return pool;
}

export function createDb(pool: pg.Pool): Db {
  return drizzle({ client: pool, casing: 'snake_case' });
}
