import { renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Progress } from '../../progress.js';
import { libpqEnvironment } from './connection-environment.js';
import { findClientTools } from './postgres-client-tools.js';
import { runClientTool } from './run-client-tool.js';

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
  toolMajor: number;
}

export async function serverMajorVersion(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const result = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(result.rows[0]?.server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

async function countTables(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const result = await client.query<{ tables: number }>(
      `SELECT count(*)::int AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return result.rows[0]?.tables ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Writes the whole database as a pg_dump archive (custom format, compressed). The file is
 * written under a temporary name and renamed at the end, so a failed run leaves no partial backup.
 */
export async function backupDatabase(connectionString: string, file: string, progress: Progress): Promise<BackupResult> {
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  const tools = findClientTools(await serverMajorVersion(connectionString));
  const tables = await countTables(connectionString);
  progress.setTotal(tables);
  const result = await runClientTool(
    tools.pgDump,
    ['--format=custom', '--verbose', '--no-owner', '--no-privileges', `--file=${partial}`],
    libpqEnvironment(connectionString),
    (line) => {
      const match = /dumping contents of table "([^"]+)"/.exec(line);
      if (match) progress.increment(1, match[1]);
    },
  );
  progress.stop();
  if (result.code !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`pg_dump failed:\n${result.errors.join('\n')}`);
  }
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, tables, toolMajor: tools.major };
}
