import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnTypeScript, waitForExit, waitForOutput, CHILD_PROCESS_TEST_TIMEOUT_MS } from './support/child-process.js';

const FIRST_START_WAIT_MS = 240_000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-serve-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServe(port: number) {
  const child = spawnTypeScript('src/cli.ts', ['serve', '--seed-demo'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    STADTDIALOG_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'info',
  });
  try {
    // The first start creates the cluster, migrates and writes the demo data: on a busy machine that is slow.
    const output = await waitForOutput(child, 'Stadtdialog is running at', FIRST_START_WAIT_MS);
    return { child, output };
  } catch (error) {
    child.kill('SIGKILL'); // a start that never finished must not hold the data directory for the next test
    throw error;
  }
}

const partnershipCount = async (port: number) =>
  ((await (await fetch(`http://127.0.0.1:${port}/api/partnerships`)).json()) as { items: unknown[] }).items.length;

describe('stadtdialog serve on the embedded database', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('serves the demo data, refuses a second instance and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const { child, output } = await startServe(port);
    expect(output).toContain('demo data written');
    expect(output).toContain('the world gazetteer (about 135 000 towns) is loading in the background');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await partnershipCount(port)).toBe(2);

    const second = spawnTypeScript('src/cli.ts', ['serve'], { PORT: String(await freePort()), STADTDIALOG_DATA_DIR: dataDir, DATABASE_URL: '' });
    const refusal = await waitForOutput(second, 'Another Stadtdialog process');
    expect(await waitForExit(second)).toBe(1);
    expect(refusal).toContain(dataDir);

    child.kill('SIGTERM');
    expect(await waitForExit(child)).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'stadtdialog.pid'))).toBe(false);
  });

  it('comes back with the data after kill -9', async () => {
    const port = await freePort();
    const first = await startServe(port);
    first.child.kill('SIGKILL');
    await waitForExit(first.child);

    const again = await startServe(port);
    expect(again.output).toContain('demo data already present');
    // Queued once per installation: the job interrupted by the kill is taken up again, not queued twice.
    expect(again.output).not.toContain('the world gazetteer');
    expect(await partnershipCount(port)).toBe(2);
    again.child.kill('SIGINT');
    expect(await waitForExit(again.child)).toBe(0);
  });
});
