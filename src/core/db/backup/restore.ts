import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Progress } from '../../progress.js';
import { serverMajorVersion } from './backup.js';
import { libpqEnvironment } from './connection-environment.js';
import { findClientTools } from './postgres-client-tools.js';
import { runClientTool } from './run-client-tool.js';

export interface RestoreResult {
  database: string;
  tables: number;
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function onMaintenanceDatabase<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(connectionString, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Replaces the database with the content of a backup. The archive is first restored into a
 * new database, in one transaction; only when that succeeded are the two swapped by renaming.
 * A broken or foreign file therefore leaves the current data untouched.
 */
export async function restoreDatabase(connectionString: string, file: string, progress: Progress): Promise<RestoreResult> {
  const archive = path.resolve(file);
  try {
    accessSync(archive, constants.R_OK);
  } catch {
    throw new Error(`Cannot read the backup file ${archive}`);
  }
  const tools = findClientTools(await serverMajorVersion(connectionString));

  const listing = await runClientTool(tools.pgRestore, ['--list', archive], libpqEnvironment(connectionString));
  if (listing.code !== 0) {
    throw new Error(`${archive} is not a backup written by "stadtdialog backup" (pg_dump custom format):\n${listing.errors.join('\n')}`);
  }
  progress.setTotal(listing.stdout.split('\n').filter((line) => / TABLE DATA /.test(line)).length);

  const target = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ''));
  const staging = `${target.slice(0, 50)}_restoring`;
  const previous = `${target.slice(0, 50)}_previous`;
  await onMaintenanceDatabase(connectionString, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(staging)}`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(staging)} TEMPLATE template0 ENCODING 'UTF8'`);
  });

  let tables = 0;
  const restored = await runClientTool(
    tools.pgRestore,
    ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', '--verbose', `--dbname=${staging}`, archive],
    libpqEnvironment(connectionString, staging),
    (line) => {
      const match = /processing data for table "([^"]+)"/.exec(line);
      if (match) {
        tables++;
        progress.increment(1, match[1]);
      }
    },
  );
  progress.stop();
  if (restored.code !== 0) {
    await onMaintenanceDatabase(connectionString, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(staging)}`),
    );
    throw new Error(`The backup could not be restored; the current data is unchanged.\n${restored.errors.join('\n')}`);
  }

  await onMaintenanceDatabase(connectionString, async (client) => {
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [target]);
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(previous)}`);
    await client.query('BEGIN');
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(target)} RENAME TO ${client.escapeIdentifier(previous)}`);
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(staging)} RENAME TO ${client.escapeIdentifier(target)}`);
    await client.query('COMMIT');
    await client.query(`DROP DATABASE ${client.escapeIdentifier(previous)} WITH (FORCE)`);
  });
  return { database: target, tables };
}
