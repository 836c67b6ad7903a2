import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { createLogger } from '../logger.js';
import { createPool } from './client.js';
import { migrateDatabase, readMigrationStatus } from './migrate.js';

describe('migrations', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await dropTestDatabase(database);
  });

  it('apply once when several app servers start at the same time', async () => {
    const database = await createTestDatabase({ empty: true });
    databases.push(database);
    const logger = createLogger('silent');
    const before = await readMigrationStatus(database.pool);
    expect(before.applied).toBe(0);
    expect(before.pending.length).toBe(before.available);

    const servers = Array.from({ length: 4 }, () => createPool({ connectionString: database.url, max: 2, logger }));
    try {
      const results = await Promise.all(servers.map((pool) => migrateDatabase(pool, logger)));
      for (const status of results) expect(status).toMatchObject({ applied: before.available, pending: [] });
    } finally {
      await Promise.all(servers.map((pool) => pool.end()));
    }
    const recorded = await database.pool.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(recorded.rows[0].n).toBe(before.available);
    const extensions = await database.pool.query("SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm') ORDER BY 1");
    expect(extensions.rows.map((row) => row.extname)).toEqual(['pg_trgm', 'unaccent']);
    const unaccented = await database.pool.query("SELECT immutable_unaccent('Grünau Київ Prishtinë') AS value");
    expect(unaccented.rows[0].value).toBe('Grunau Київ Prishtine');
  });
});
