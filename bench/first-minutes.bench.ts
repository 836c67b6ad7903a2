/**
 * The first minutes after a fresh `stadtdialog serve --seed-demo` (new data folder: initdb,
 * migrations, demo data): GET /api/search?q=Kiew and /api/health one after another for
 * BENCH_SECONDS (120) from the moment the server answers, beside a full-text query for the same
 * word straight on its database. Latency p50/p95/max per 30-second window shows whether requests
 * wait behind what the server does after starting (jobs, index maintenance, word lists).
 * Run with `npm run bench:first-minutes` after `npm run build`; DEMO_WORLD_GAZETTEER=true also
 * loads the world's towns in the background meanwhile.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { percentile, round } from './support/percentiles.js';
import { freePort, startDemoServer, stop, waitForOk } from './support/processes.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 120);
const windowSeconds = 30;
const pauseMs = 250;
const QUERY = 'Kiew';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-bench-first-minutes-'));
chmodSync(dataDir, 0o755);

interface Sample {
  at: number;
  search: number;
  health: number;
  database: number;
}

async function timed(url: string): Promise<number> {
  const began = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - began;
}

/** The embedded cluster the server started: its port from postmaster.pid, its password from the data folder. */
async function connectToServerDatabase(): Promise<pg.Client> {
  const port = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const credentials = JSON.parse(readFileSync(path.join(dataDir, 'postgres-credentials.json'), 'utf8')) as { user: string; password: string };
  const client = new pg.Client({ host: '127.0.0.1', port, user: credentials.user, password: credentials.password, database: 'stadtdialog' });
  await client.connect();
  return client;
}

async function timedQuery(client: pg.Client): Promise<number> {
  const began = performance.now();
  await client.query(
    `SELECT record_type, record_id FROM search_entries,
       (SELECT plainto_tsquery('public.sd_german', $1) || plainto_tsquery('public.sd_english', $1) || plainto_tsquery('public.sd_simple', $1) AS q) q
     WHERE tsv @@ q.q ORDER BY ts_rank(tsv, q.q) DESC LIMIT 20`,
    [QUERY],
  );
  return performance.now() - began;
}

function line(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (value: number) => `${round(value, 0)}`.padStart(6);
  return `${label.padEnd(22)} p50 ${ms(percentile(sorted, 50))} ms  p95 ${ms(percentile(sorted, 95))} ms  max ${ms(sorted.at(-1) ?? Number.NaN)} ms`;
}

const port = await freePort();
const began = performance.now();
const child = startDemoServer(port, dataDir, {
  DEMO_WORLD_GAZETTEER: process.env.DEMO_WORLD_GAZETTEER ?? 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
try {
  const startupMs = await waitForOk(`http://127.0.0.1:${port}/api/health`, began, child, 300_000);
  const client = await connectToServerDatabase();
  const samples: Sample[] = [];
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const at = (performance.now() - start) / 1000;
    const search = await timed(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent(QUERY)}`);
    const health = await timed(`http://127.0.0.1:${port}/api/health`);
    const database = await timedQuery(client);
    samples.push({ at, search, health, database });
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  await client.end();

  console.log(`\nFirst ${seconds} s after a fresh start (demo data${process.env.DEMO_WORLD_GAZETTEER === 'true' ? ', world gazetteer loading' : ''}; ready after ${round(startupMs / 1000, 1)} s), ${os.cpus().length} CPU cores`);
  for (let from = 0; from < seconds; from += windowSeconds) {
    const inWindow = samples.filter((sample) => sample.at >= from && sample.at < from + windowSeconds);
    if (inWindow.length === 0) continue;
    console.log(`\n  ${from}–${from + windowSeconds} s (n=${inWindow.length})`);
    console.log(`    ${line(`GET /api/search?q=${QUERY}`, inWindow.map((sample) => sample.search))}`);
    console.log(`    ${line('GET /api/health', inWindow.map((sample) => sample.health))}`);
    console.log(`    ${line('same words, raw SQL', inWindow.map((sample) => sample.database))}`);
  }
  console.log(`\n  all ${seconds} s (n=${samples.length})`);
  console.log(`    ${line(`GET /api/search?q=${QUERY}`, samples.map((sample) => sample.search))}`);
  console.log(`    ${line('GET /api/health', samples.map((sample) => sample.health))}`);
  console.log(`    ${line('same words, raw SQL', samples.map((sample) => sample.database))}`);
} finally {
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
}
