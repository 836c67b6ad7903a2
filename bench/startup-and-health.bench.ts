/**
 * Start-up time of `stadtdialog serve` on the embedded database (first run with initdb, then
 * warm restarts) until /api/health answers 200, and /api/health under load beside a bare Fastify.
 * Run with `npm run bench`; LOAD_SECONDS and CONNECTIONS tune the load phase.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureLoad, type LoadResult } from './support/load.js';
import { median, round } from './support/percentiles.js';
import { freePort, startDemoServer, startNode, stop, waitForOk } from './support/processes.js';

const repo = path.join(import.meta.dirname, '..');
const loadSeconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-bench-'));
chmodSync(dataDir, 0o755);

async function startApp(port: number) {
  const began = performance.now();
  const child = startDemoServer(port, dataDir, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' });
  const startupMs = await waitForOk(`http://127.0.0.1:${port}/api/health`, began, child);
  return { child, startupMs };
}

function row(label: string, result: LoadResult) {
  return `${label.padEnd(24)} ${round(result.requestsPerSecond, 0).toString().padStart(8)} req/s   p50 ${round(result.p50).toString().padStart(6)} ms   p95 ${round(result.p95).toString().padStart(6)} ms   p99 ${round(result.p99).toString().padStart(6)} ms   failures ${result.failures}`;
}

try {
  const port = await freePort();
  const cold = await startApp(port);
  await stop(cold.child);
  const warmTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const warm = await startApp(port);
    warmTimes.push(warm.startupMs);
    await stop(warm.child);
  }

  const app = await startApp(port);
  await measureLoad(`http://127.0.0.1:${port}/api/health`, { seconds: 2, connections }); // warm-up
  const appLoad = await measureLoad(`http://127.0.0.1:${port}/api/health`, { seconds: loadSeconds, connections });
  await stop(app.child);

  const barePort = await freePort();
  const bare = startNode(['--import', 'tsx', path.join(repo, 'bench', 'bare-fastify-server.ts')], { PORT: String(barePort) });
  await waitForOk(`http://127.0.0.1:${barePort}/api/health`, performance.now(), bare);
  await measureLoad(`http://127.0.0.1:${barePort}/api/health`, { seconds: 2, connections });
  const bareLoad = await measureLoad(`http://127.0.0.1:${barePort}/api/health`, { seconds: loadSeconds, connections });
  await stop(bare);

  console.log('\nStart-up until GET /api/health answers 200 (embedded PostgreSQL)');
  console.log(`  first start (initdb, migrations, demo data)  ${round(cold.startupMs, 0)} ms`);
  console.log(`  warm start (median of ${warmTimes.length})                 ${round(median(warmTimes), 0)} ms   [${warmTimes.map((time) => round(time, 0)).join(', ')}]`);
  console.log(`\nGET /api/health under load: ${connections} connections, ${loadSeconds} s each, ${os.cpus().length} CPU cores`);
  console.log(`  ${row('Stadtdialog (DB check)', appLoad)}`);
  console.log(`  ${row('bare Fastify', bareLoad)}`);
  console.log('\nRatios Stadtdialog / bare Fastify');
  console.log(`  throughput ${round(appLoad.requestsPerSecond / bareLoad.requestsPerSecond)}×   p50 ${round(appLoad.p50 / bareLoad.p50)}×   p95 ${round(appLoad.p95 / bareLoad.p95)}×   p99 ${round(appLoad.p99 / bareLoad.p99)}×`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
