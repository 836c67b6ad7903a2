import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, createPool, type Db } from '../../src/core/db/client.js';
import { createLogger } from '../../src/core/logger.js';
import { perFile } from './per-file.js';
import { databaseUrl } from './test-database-server.js';

export interface TestDatabase {
  name: string;
  url: string;
  pool: pg.Pool;
  db: Db;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('testDatabaseServer').serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, dropped afterwards: a clone of the migrated template,
 * with `{ demoData: true }` a clone of the migrated template holding the demo data (as
 * `seedDemo(db, { gazetteer: false })` writes it), or with `{ empty: true }` a database without
 * any tables.
 */
export async function createTestDatabase(options: { empty?: boolean; demoData?: boolean } = {}): Promise<TestDatabase> {
  const { serverUrl, template, demoTemplate } = inject('testDatabaseServer');
  const name = `sd_test_${randomBytes(6).toString('hex')}`;
  const source = options.empty ? 'template0' : options.demoData ? demoTemplate : template;
  await onServer(async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
        return;
      } catch (error) {
        // Another file cloning the template at the same moment: wait and retry.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const url = databaseUrl(serverUrl, name);
  const pool = createPool({ connectionString: url, max: 5, logger: createLogger('silent') });
  return { name, url, pool, db: createDb(pool) };
}

export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  if (!database.pool.ended) await database.pool.end();
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`));
}

/** Registers a fresh database for the current test file; read `.current` inside tests. */
export function useTestDatabase(): { readonly current: TestDatabase } {
  return perFile('The test database', createTestDatabase, dropTestDatabase);
}
