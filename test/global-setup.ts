import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, createPool } from '../src/core/db/client.js';
import { EmbeddedPostgres } from '../src/core/db/embedded/embedded-postgres.js';
import { migrateDatabase } from '../src/core/db/migrate.js';
import { createLogger } from '../src/core/logger.js';
import { seedDemo } from '../src/demo/demo-seed.js';
import { databaseUrl, type TestDatabaseServer } from './support/test-database-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer;
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one in a throwaway folder (tuned for speed,
 * durability off), or the server named by DATABASE_URL. A database migrated once serves as
 * the template each test file clones; a clone of it with the demo data written once serves the
 * many files that test on the demo records.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let serverUrl: string;

  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-test-'));
    chmodSync(dataDir, 0o755);
    embedded = await EmbeddedPostgres.open({
      dataDir,
      logger,
      command: 'test',
      mode: 'exclusive',
      databaseName: 'postgres',
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    serverUrl = embedded.connectionString();
  }

  const template = `sd_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const pool = createPool({ connectionString: databaseUrl(serverUrl, template), max: 2, logger });
  await migrateDatabase(pool, logger);
  await pool.end();

  const demoTemplate = `${template}_demo`;
  await admin.query(`DROP DATABASE IF EXISTS ${demoTemplate}`);
  await admin.query(`CREATE DATABASE ${demoTemplate} TEMPLATE ${template}`);
  const demoPool = createPool({ connectionString: databaseUrl(serverUrl, demoTemplate), max: 2, logger });
  await seedDemo(createDb(demoPool), { gazetteer: false });
  await demoPool.end();

  project.provide('testDatabaseServer', { serverUrl, template, demoTemplate });

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'sd\\_test\\_%' OR datname = ANY($1)",
      [[template, demoTemplate]],
    );
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
