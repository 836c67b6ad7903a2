import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { DataDirectoryInUseError } from './instance-lock.js';
import { isProcessAlive } from './process-info.js';
import { spawnTypeScript, waitForExit, waitForOutput, CHILD_PROCESS_TEST_TIMEOUT_MS } from '../../../../test/support/child-process.js';

const logger = createLogger('silent');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-embedded-'));
chmodSync(dataDir, 0o755);

async function query<T extends pg.QueryResultRow>(server: EmbeddedPostgres, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.connectionString() });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const serverPid = () => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

function uidOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^Uid:\s+(\d+)/m.exec(status)![1]);
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL', () => {
  it('initialises on first start, listens on loopback only, and keeps data across restarts', async () => {
    const first = await EmbeddedPostgres.open({ dataDir, logger, command: 'test', mode: 'exclusive' });
    expect(first.connectionString()).toContain('@127.0.0.1:');
    const [settings] = await query<{ listen: string; sockets: string }>(
      first,
      "SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets",
    );
    expect(settings).toEqual({ listen: '127.0.0.1', sockets: '' });
    // Never as root: as root it runs as the postgres user, otherwise as the current user.
    const uid = uidOf(serverPid());
    if (process.getuid?.() === 0) expect(uid).not.toBe(0);
    else expect(uid).toBe(process.getuid?.());
    await query(first, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('first start')");
    await first.stop();
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'stadtdialog.pid'))).toBe(false);

    const second = await EmbeddedPostgres.open({ dataDir, logger, command: 'test', mode: 'exclusive' });
    expect(await query(second, 'SELECT value FROM kept')).toEqual([{ value: 'first start' }]);
    await second.stop();
  });

  it('refuses a second owner, lets other commands share, and recovers after kill -9', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, async () => {
    const holder = spawnTypeScript('test/fixtures/embedded-holder.ts', [dataDir, 'committed before the kill']);
    await waitForOutput(holder, 'READY');

    await expect(EmbeddedPostgres.open({ dataDir, logger, command: 'serve', mode: 'exclusive' })).rejects.toThrow(
      DataDirectoryInUseError,
    );
    await expect(EmbeddedPostgres.open({ dataDir, logger, command: 'serve', mode: 'exclusive' })).rejects.toThrow(
      /Another Stadtdialog process \(pid \d+, "holder"/,
    );
    const shared = await EmbeddedPostgres.open({ dataDir, logger, command: 'backup', mode: 'shared' });
    expect(await query(shared, 'SELECT marker FROM survival')).toEqual([{ marker: 'committed before the kill' }]);
    await shared.stop();

    const orphan = serverPid();
    holder.kill('SIGKILL');
    await waitForExit(holder);
    expect(isProcessAlive(orphan)).toBe(true);

    const recovered = await EmbeddedPostgres.open({ dataDir, logger, command: 'serve', mode: 'exclusive' });
    expect(isProcessAlive(orphan)).toBe(false);
    expect(await query(recovered, 'SELECT marker FROM survival')).toEqual([{ marker: 'committed before the kill' }]);
    await recovered.stop();
  });

  it('starts after both the app and its server were killed, leaving a stale postmaster.pid', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, async () => {
    const holder = spawnTypeScript('test/fixtures/embedded-holder.ts', [dataDir, 'second row']);
    await waitForOutput(holder, 'READY');
    const server = serverPid();
    holder.kill('SIGKILL');
    process.kill(server, 'SIGKILL');
    await waitForExit(holder);
    for (let waited = 0; isProcessAlive(server) && waited < 50; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    const recovered = await EmbeddedPostgres.open({ dataDir, logger, command: 'serve', mode: 'exclusive' });
    const rows = await query<{ marker: string }>(recovered, 'SELECT marker FROM survival ORDER BY marker');
    expect(rows.map((row) => row.marker)).toEqual(['committed before the kill', 'second row']);
    await recovered.stop();
  });
});
