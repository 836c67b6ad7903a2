import { readFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type { Logger } from '../logger.js';
import { migrationsDir } from '../paths.js';

/** Any constant shared by all app servers; they queue on it so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 7_465_123_001;

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface MigrationStatus {
  applied: number;
  available: number;
  latest: string | null;
  pending: string[];
}

function readJournal(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/** Applies pending migrations. Safe to call from several servers starting at once. */
export async function migrateDatabase(pool: pg.Pool, logger: Logger): Promise<MigrationStatus> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const before = await readMigrationStatus(client);
      if (before.pending.length > 0) {
        logger.info({ pending: before.pending }, 'applying database migrations');
        await migrate(drizzle({ client }), { migrationsFolder: migrationsDir });
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
    return await readMigrationStatus(client);
  } finally {
    client.release();
  }
}

export async function readMigrationStatus(client: pg.Pool | pg.PoolClient | pg.Client): Promise<MigrationStatus> {
  const journal = readJournal();
  const table = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists",
  );
  const appliedTimes = new Set<number>();
  if (table.rows[0]?.exists) {
    const rows = await client.query<{ created_at: string }>('SELECT created_at FROM drizzle.__drizzle_migrations');
    for (const row of rows.rows) appliedTimes.add(Number(row.created_at));
  }
  const applied = journal.filter((entry) => appliedTimes.has(entry.when));
  return {
    applied: applied.length,
    available: journal.length,
    latest: applied.at(-1)?.tag ?? null,
    pending: journal.filter((entry) => !appliedTimes.has(entry.when)).map((entry) => entry.tag),
  };
}
