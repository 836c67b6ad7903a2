import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { EmbeddedPostgres } from '../src/core/db/embedded/embedded-postgres.js';
import { createLogger } from '../src/core/logger.js';
import { runTypeScript, CHILD_PROCESS_TEST_TIMEOUT_MS } from './support/child-process.js';
import { useTestDatabase } from './support/test-database.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-cli-'));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runTypeScript('src/cli.ts', args, { LOG_LEVEL: 'warn', ...env });

describe('stadtdialog command line', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('describes every command in --help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    const commands = ['serve', 'migrate', 'seed-demo', 'gazetteer:load', 'import', 'ingest', 'backup', 'restore'];
    for (const command of commands) expect(help.stdout).toContain(command);
    for (const command of commands) {
      const commandHelp = await cli([command, '--help']);
      expect(commandHelp.code, command).toBe(0);
      expect(commandHelp.stdout).toContain(`Usage: stadtdialog ${command}`);
    }
    // Nine processes, each starting the command line afresh.
  });

  it('rejects bad arguments with a clear message and a non-zero exit', async () => {
    const badPort = await cli(['serve', '--port', 'eighty']);
    expect(badPort.code).not.toBe(0);
    expect(badPort.stderr).toMatch(/--port.*must be a whole number from 0 to 65535/s);

    const unknown = await cli(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");

    const missing = await cli(['backup']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("missing required argument 'file'");

    const badConfig = await cli(['migrate'], { PORT: 'abc', DATABASE_URL: '' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr).toContain('PORT');
    expect(badConfig.stderr).not.toContain('    at ');

    const badCountries = await cli(['gazetteer:load', '--countries', 'DE,Narnia']);
    expect(badCountries.code).toBe(1);
    expect(badCountries.stderr).toContain('--countries: unknown country code NARNIA');

    const noFile = await cli(['restore', path.join(scratch, 'nothing-here.dump'), '--yes']);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain('does not exist');
  });
});

describe('backup and restore of a database at DATABASE_URL', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  const database = useTestDatabase();
  const env = () => ({ DATABASE_URL: database.current.url });
  const count = async (table: string) =>
    Number((await database.current.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  it('round-trips the data and refuses to overwrite a backup unasked', async () => {
    const seeded = await cli(['seed-demo'], env());
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Demo data: \d+ records written/);
    const exchangesBefore = await count('exchanges');
    expect(exchangesBefore).toBeGreaterThan(0);

    const file = path.join(scratch, 'external.dump');
    const backup = await cli(['backup', file], env());
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Backup written to ${file}`);
    expect(statSync(file).size).toBeGreaterThan(1000);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const again = await cli(['backup', file], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');

    await database.current.pool.query('DELETE FROM exchange_delegations; DELETE FROM exchange_organizations; DELETE FROM exchanges');
    expect(await count('exchanges')).toBe(0);

    const restored = await cli(['restore', file, '--yes'], env());
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored \d+ tables/);
    expect(await count('exchanges')).toBe(exchangesBefore);
    expect(await count('exchange_delegations')).toBeGreaterThan(0);
  });

  it('leaves the data untouched when the file is not a backup', async () => {
    const before = await count('partnerships');
    const junk = path.join(scratch, 'junk.dump');
    writeFileSync(junk, 'this is not a pg_dump archive');
    const result = await cli(['restore', junk, '--yes'], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a backup written by "stadtdialog backup"');
    expect(await count('partnerships')).toBe(before);
  });

  it('asks for confirmation and changes nothing without it', async () => {
    const file = path.join(scratch, 'external.dump');
    const result = await cli(['restore', file], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Restore not confirmed; nothing was changed');
  });
});

describe('backup and restore of the embedded database', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('round-trips through the data directory', async () => {
    const dataDir = path.join(scratch, 'embedded-data');
    const env = { DATABASE_URL: '', STADTDIALOG_DATA_DIR: dataDir };
    const seeded = await cli(['seed-demo'], env);
    expect(seeded.code, seeded.stderr).toBe(0);

    const file = path.join(scratch, 'embedded.dump');
    const backup = await cli(['backup', file], env);
    expect(backup.code, backup.stderr).toBe(0);

    const server = await EmbeddedPostgres.open({ dataDir, logger: createLogger('silent'), command: 'test', mode: 'exclusive' });
    const client = new pg.Client({ connectionString: server.connectionString() });
    await client.connect();
    const deleted = await client.query('DELETE FROM network_members');
    await client.end();
    await server.stop();
    expect(deleted.rowCount).toBeGreaterThan(0);

    const restored = await cli(['restore', file, '--yes'], env);
    expect(restored.code, restored.stderr).toBe(0);
    const after = await cli(['seed-demo'], env);
    expect(after.stdout).toMatch(/Demo data: 0 records written, \d+ already present/);
    // A new database, the demo with its gazetteer towns, a backup and a restore: slow on a busy machine.
  });
});
