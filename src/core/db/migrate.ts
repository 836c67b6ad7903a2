import { readFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type { Logger } from '../logger.js';
import { migrationsDir } from '../paths.js';
import { installJobSchema } from '../jobs/job-schema.js';
import { ensureApplicationRole } from './application-role.js';
import { ensureDataChangeTriggers } from './data-changes.js';

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

let cachedJournal: JournalEntry[] | undefined;

/** The migrations this build ships; read once, the folder does not change while running. */
function readJournal(): JournalEntry[] {
  if (cachedJournal) return cachedJournal;
  const journal = JSON.parse(readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  cachedJournal = journal.entries;
  return cachedJournal;
}

/** Applies pending migrations, the job queue's included. Safe to call from several servers starting at once. */
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
      await ensureApplicationRole(client);
      await ensureDataChangeTriggers(client);
      await installJobSchema(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
    return await readMigrationStatus(client);
  } finally {
    client.release();
  }
}

export async function readMigrationStatus(client: pg.Pool | pg.PoolClient | pg.Client): Promise<MigrationStatus> {
  return (await probeDatabase(client)).migrations;
}

/**
 * Server version and migration level in one round trip (the health check runs this often);
 * a database that was never migrated has no migrations table, which the fallback covers.
 */
export async function probeDatabase(
  client: pg.Pool | pg.PoolClient | pg.Client,
): Promise<{ serverVersion: string; migrations: MigrationStatus }> {
  try {
    const result = await client.query<{ server_version: string; applied: string[] }>(
      "SELECT current_setting('server_version') AS server_version, array(SELECT created_at::text FROM drizzle.__drizzle_migrations) AS applied",
    );
    const row = result.rows[0]!;
    return { serverVersion: row.server_version, migrations: statusFromAppliedTimes(row.applied.map(Number)) };
  } catch (error) {
    if ((error as { code?: string }).code !== '42P01' && (error as { code?: string }).code !== '3F000') throw error;
    const result = await client.query<{ server_version: string }>("SELECT current_setting('server_version') AS server_version");
    return { serverVersion: result.rows[0]!.server_version, migrations: statusFromAppliedTimes([]) };
  }
}

function statusFromAppliedTimes(times: number[]): MigrationStatus {
  const journal = readJournal();
  const appliedTimes = new Set(times);
  const applied = journal.filter((entry) => appliedTimes.has(entry.when));
  return {
    applied: applied.length,
    available: journal.length,
    latest: applied.at(-1)?.tag ?? null,
    pending: journal.filter((entry) => !appliedTimes.has(entry.when)).map((entry) => entry.tag),
  };
}
