import type pg from 'pg';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { createDb, createPool, type Db } from './client.js';
import { EmbeddedPostgres } from './embedded/embedded-postgres.js';

export interface Database {
  pool: pg.Pool;
  db: Db;
  kind: 'embedded' | 'external';
  connectionString: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** What the process is doing, shown if another process finds the data directory in use. */
  command: string;
  /** Whether this process must own the embedded server, or may use the one a running server owns. */
  mode: 'exclusive' | 'shared';
  poolSize?: number;
}

/** Connects to DATABASE_URL, or starts (or joins) the embedded PostgreSQL in the data directory. */
export async function openDatabase(config: AppConfig, logger: Logger, options: OpenDatabaseOptions): Promise<Database> {
  const max = options.poolSize ?? config.databasePoolSize;
  if (config.databaseUrl) {
    const pool = createPool({ connectionString: config.databaseUrl, max, logger });
    return {
      pool,
      db: createDb(pool),
      kind: 'external',
      connectionString: config.databaseUrl,
      close: async () => {
        if (!pool.ended) await pool.end();
      },
    };
  }
  const server = await EmbeddedPostgres.open({
    dataDir: config.dataDir,
    logger,
    command: options.command,
    mode: options.mode,
  });
  const connectionString = server.connectionString();
  const pool = createPool({ connectionString, max, logger });
  return {
    pool,
    db: createDb(pool),
    kind: 'embedded',
    connectionString,
    close: async () => {
      try {
        if (!pool.ended) await pool.end();
      } finally {
        await server.stop();
      }
    },
  };
}
