/**
 * The main read endpoints under concurrency, as a visitor and signed in (API token of a workspace
 * coordinator): `stadtdialog serve` (the built app, its own process, pool of DATABASE_POOL_SIZE)
 * on a throwaway embedded PostgreSQL with the demo data, driven by autocannon at 10, 50 and 200
 * connections. Beside each, the very statements one such request sends (transaction, role and
 * viewer settings included) are replayed straight on the database at the same concurrency through
 * a pool of the same size: the ratio is what the application adds on top of its SQL. A visitor's
 * public answers are kept in memory until data changes, so for them the replay is that of the
 * first, uncached request, and a ratio above 1 is what the cache saves. The same holds for a
 * signed-in caller, whose answers are kept per caller.
 * Run with `npm run bench:load`; LOAD_SECONDS (default 5), CONNECTIONS (default 10,50,200) and
 * ONLY=<text> (endpoints whose name contains it) VIEWER=visitor|signed (one kind of caller) tune it;
 * CPU_PROFILE=<folder> has the server write a CPU profile there. Requests ask for compressed answers
 * as a browser does (`accept-encoding: gzip, deflate, br, zstd`); ENCODING=<header> changes that,
 * ENCODING= (empty) asks for none. Figures on a shared machine are noisy.
 */
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, createPool } from '../src/core/db/client.js';
import { migrateDatabase } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/demo/demo-seed.js';
import { createTestUser } from '../test/support/test-users.js';
import { benchDatabase, buildBenchApp, openBenchServer, recordStatements, runBench, type SentStatement } from './support/bench-database.js';
import { measureLoad, type LoadResult } from './support/load.js';
import { percentile, round } from './support/percentiles.js';
import { cpuMillisecondsOf, freePort, startNode, stop, waitForOk } from './support/processes.js';

const repo = path.join(import.meta.dirname, '..');
const seconds = Number(process.env.LOAD_SECONDS ?? 5);
const connectionCounts = (process.env.CONNECTIONS ?? '10,50,200').split(',').map(Number);
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const ONLY = process.env.ONLY;
const VIEWER = process.env.VIEWER;
const ACCEPT_ENCODING = process.env.ENCODING ?? 'gzip, deflate, br, zstd';
/** The aims at 50 connections on 2 cores. */
const AIMS = { searchRps: 600, listRps: 1000, p99Ms: 100 };

const { server, logger, close } = await openBenchServer('load', 'BENCH_LOAD_DATA_DIR');

/** Runs the statements of one request over and over from `connections` callers for `seconds`. */
async function replay(pool: pg.Pool, statements: SentStatement[], connections: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < until) {
      const began = performance.now();
      const client = await pool.connect();
      try {
        for (const statement of statements) await client.query(statement.text, statement.values);
        latencies.push(performance.now() - began);
      } catch {
        failures++;
        await client.query('ROLLBACK').catch(() => {});
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    failures,
  };
}

const cell = (value: number, width = 7) => round(value, value >= 100 ? 0 : 1).toString().padStart(width);

async function main() {
  const { url } = await benchDatabase(server, 'bench_load');
  const pool = createPool({ connectionString: url, max: poolSize, logger });
  // A connection the server drops while idle is replaced by the pool, not a crash of the bench.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
  const db = createDb(pool);
  await migrateDatabase(pool, logger);
  await seedDemo(db, { gazetteer: false });

  const workspaceIds = (await pool.query<{ id: string }>('SELECT id FROM workspaces ORDER BY created_at')).rows.map((row) => row.id);
  const coordinatorOfAll = { memberships: workspaceIds.map((id) => [id, 'coordinator'] as [string, 'coordinator']) };
  const member = await createTestUser(db, coordinatorOfAll);
  /** Warms the in-process caches without leaving an answer kept for `member` or for visitors. */
  const warmer = await createTestUser(db, coordinatorOfAll);
  const partnershipId = (await pool.query<{ id: string }>("SELECT id FROM partnerships WHERE visibility = 'public' ORDER BY created_at LIMIT 1")).rows[0]!.id;
  const endpoints = [
    { name: 'start page data', path: '/api/start', kind: 'list' },
    { name: 'partnership list', path: '/api/partnerships?limit=25', kind: 'list' },
    { name: 'exchange list', path: '/api/exchanges?limit=25', kind: 'list' },
    { name: 'partnership timeline', path: `/api/partnerships/${partnershipId}/timeline?limit=25`, kind: 'list' },
    { name: 'search "Kiew"', path: '/api/search?q=Kiew', kind: 'search' },
    { name: 'place autocomplete', path: '/api/places/autocomplete?q=Lei', kind: 'search' },
  ].filter((endpoint) => !ONLY || endpoint.name.includes(ONLY));
  const viewers = [
    { name: 'visitor', headers: {} as Record<string, string> },
    { name: 'signed in', headers: member.headers },
  ]
    .map((viewer) => ({ ...viewer, headers: ACCEPT_ENCODING ? { ...viewer.headers, 'accept-encoding': ACCEPT_ENCODING } : viewer.headers }))
    .filter((viewer) => !VIEWER || viewer.name.startsWith(VIEWER));

  // One request of each kind in process, to learn the statements it sends.
  const inProcess = await buildBenchApp(db, pool, logger);
  const statementsOf = new Map<string, SentStatement[]>();
  for (const endpoint of endpoints) {
    for (const viewer of viewers) {
      // In-process caches warm, by another signed-in caller: the recorded request must be the first
      // of its caller, answered from the database (later ones come from the kept answers).
      await inProcess.inject({ method: 'GET', url: endpoint.path, headers: warmer.headers });
      const { result, statements } = await recordStatements(() => inProcess.inject({ method: 'GET', url: endpoint.path, headers: viewer.headers }));
      if (result.statusCode !== 200) throw new Error(`${endpoint.path} answered ${result.statusCode}: ${result.body.slice(0, 300)}`);
      statementsOf.set(`${endpoint.name}/${viewer.name}`, statements);
      if (process.env.SHOW_STATEMENTS) {
        console.log(`\n${endpoint.name} / ${viewer.name}: ${statements.length} statements`);
        for (const statement of statements) console.log(`  ${statement.text.replace(/\s+/g, ' ').slice(0, 400)}`);
      }
    }
  }
  await inProcess.close();

  const port = Number(process.env.PORT ?? (await freePort()));
  // CPU_PROFILE=<folder>: the server writes a CPU profile there when it stops (bench/support/profile-summary.ts reads it).
  const profiling = process.env.CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.CPU_PROFILE)}`] : [];
  const app = startNode([...profiling, path.join(repo, 'bin', 'stadtdialog.js'), 'serve'], {
    PORT: String(port),
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: String(poolSize),
    LOG_LEVEL: 'warn',
  });
  try {
    await waitForOk(`http://127.0.0.1:${port}/api/health`, performance.now(), app);
    // A new process spends its first seconds compiling code: every line is warmed up once before
    // any is measured, so the first line does not pay for it alone.
    for (const endpoint of endpoints) {
      for (const viewer of viewers) await measureLoad(`http://127.0.0.1:${port}${endpoint.path}`, { seconds: 1, connections: 10, headers: viewer.headers });
    }
    const aimsAt50: { name: string; met: boolean }[] = [];
    console.log(`\nRead endpoints under load: ${seconds} s per run, ${os.cpus().length} CPU cores (shared with other work: figures are noisy), pool of ${poolSize} connections`);
    console.log(`${'endpoint'.padEnd(22)} ${'viewer'.padEnd(10)} ${'conns'.padStart(5)} │ ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'errors'.padStart(6)} ${'CPU ms'.padStart(6)} │ SQL ${'req/s'.padStart(7)} ${'p95'.padStart(7)} │ ${'rps ×'.padStart(6)} ${'p95 ×'.padStart(6)} │ aim at 50`);
    for (const endpoint of endpoints) {
      for (const viewer of viewers) {
        const statements = statementsOf.get(`${endpoint.name}/${viewer.name}`)!;
        for (const connections of connectionCounts) {
          const target = `http://127.0.0.1:${port}${endpoint.path}`;
          await measureLoad(target, { seconds: 1, connections, headers: viewer.headers }); // warm-up
          await fetch(target, { headers: viewer.headers });
          const cpuBefore = cpuMillisecondsOf(app);
          const api = await measureLoad(target, { seconds, connections, headers: viewer.headers });
          const cpuPerRequest = (cpuMillisecondsOf(app) - cpuBefore) / Math.max(1, api.requests);
          // Requests still queued when a run ends are worked off before the next run starts:
          // one more request answers only after them.
          await fetch(target, { headers: viewer.headers });
          const sql = await replay(pool, statements, connections);
          let aim = '';
          if (connections === 50) {
            const rpsAim = endpoint.kind === 'search' ? AIMS.searchRps : AIMS.listRps;
            const met = { rps: api.requestsPerSecond >= rpsAim, p99: api.p99 <= AIMS.p99Ms };
            aim = `${met.rps ? 'met' : 'missed'} ≥ ${rpsAim} req/s, ${met.p99 ? 'met' : 'missed'} p99 ≤ ${AIMS.p99Ms} ms`;
            aimsAt50.push({ name: `${endpoint.name} (${viewer.name})`, met: met.rps && met.p99 });
          }
          console.log(
            `${endpoint.name.padEnd(22)} ${viewer.name.padEnd(10)} ${String(connections).padStart(5)} │ ${cell(api.requestsPerSecond)} ${cell(api.p50)} ${cell(api.p95)} ${cell(api.p99)} ${String(api.failures).padStart(6)} ${cpuPerRequest.toFixed(2).padStart(6)} │ SQL ${cell(sql.requestsPerSecond)} ${cell(sql.p95)} │ ${cell(api.requestsPerSecond / sql.requestsPerSecond, 6)} ${cell(api.p95 / sql.p95, 6)} │ ${aim}`,
          );
        }
      }
    }
    if (aimsAt50.length > 0) {
      const met = aimsAt50.filter((line) => line.met);
      console.log(`\nAims at 50 connections (search ≥ ${AIMS.searchRps} req/s, lists ≥ ${AIMS.listRps} req/s, p99 ≤ ${AIMS.p99Ms} ms): ${met.length} of ${aimsAt50.length} met`);
      for (const line of aimsAt50) console.log(`  ${line.met ? 'met   ' : 'missed'} ${line.name}`);
    }
    console.log(`(load average ${os.loadavg().map((value) => value.toFixed(2)).join(' / ')} over 1 / 5 / 15 min)`);
    console.log(`\n(${statementsOf.size} request shapes; SQL = the request's statements replayed on one pooled connection each, those of an answer not yet kept (for visitors, or per signed-in caller); "rps ×" = app req/s ÷ SQL req/s, "p95 ×" = app p95 ÷ SQL p95; "CPU ms" = the server process's CPU time per answered request, steadier than req/s on a busy machine)`);
  } finally {
    await stop(app);
  }
  await pool.end();
}

await runBench(main, close);
