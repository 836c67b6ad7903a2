// How quickly the app answers while a 2 MB report is extracted in the background: /api/health
// over real HTTP before and during the extraction, with the extraction's own duration.
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/core/config.js';
import { detectApplicationRole } from '../src/core/db/application-role.js';
import { createDb, createPool } from '../src/core/db/client.js';
import { migrateDatabase } from '../src/core/db/migrate.js';
import { startJobRunner } from '../src/core/jobs/job-runner.js';
import { backgroundWork } from '../src/jobs.js';
import { instanceSecret } from '../src/modules/instance/instance-secrets.js';
import { documents } from '../src/modules/knowledge/documents/documents.tables.js';
import { createTestUser, createTestWorkspace } from '../test/support/test-users.js';
import { benchDatabase, openBenchServer, runBench } from './support/bench-database.js';
import { percentile, round } from './support/percentiles.js';

const TEXT_BYTES = Number(process.env.BENCH_TEXT_BYTES ?? 1_990_000);
const { server, logger, close } = await openBenchServer('responsiveness', 'BENCH_RESPONSIVENESS_DATA_DIR');

const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} n=${String(sorted.length).padStart(4)}  p50 ${round(percentile(sorted, 50), 1)} ms  p95 ${round(percentile(sorted, 95), 1)} ms  max ${round(sorted.at(-1) ?? NaN, 1)} ms`);
  return sorted;
};

async function timedHealth(base: string): Promise<number> {
  const began = performance.now();
  const response = await fetch(`${base}/api/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`health answered ${response.status}`);
  return performance.now() - began;
}

async function main() {
  const { url } = await benchDatabase(server, 'bench_responsiveness');
  const pool = createPool({ connectionString: url, max: 10, logger });
  const db = createDb(pool);
  await migrateDatabase(pool, logger);
  const config = { ...loadConfig({}), bodyLimitBytes: 8 * 1024 * 1024 };
  const app = await buildApp({
    config,
    database: { db, pool, kind: 'embedded', applicationRole: await detectApplicationRole(pool, logger) },
    logger,
    webDir: path.join(import.meta.dirname, 'no-web-app'),
    cookieSecret: await instanceSecret(db, 'cookie-signing'),
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const work = backgroundWork(db, config, logger);
  const runner = await startJobRunner({ pool, logger, handlers: work.handlers, pollingIntervalSeconds: 0.5 });
  try {
    const workspace = await createTestWorkspace(db, 'Bench responsiveness');
    const owner = await createTestUser(db, { memberships: [[workspace.id, 'owner']] });

    for (let i = 0; i < 50; i++) await timedHealth(base);
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) idle.push(await timedHealth(base));

    const paragraph =
      'Am 28. und 29. November 2023 trafen sich in München Delegationen aus Winnyzja, Lwiw, Prizren und Leipzig zu einer Projektwerkstatt; ' +
      'die Stadtwerke München und das Referat für Stadtplanung stellten Fernwärme und Wasserversorgung vor. ';
    const text = `Projektwerkstatt in München\n\n${paragraph.repeat(Math.ceil(TEXT_BYTES / paragraph.length)).slice(0, TEXT_BYTES)}`;
    const posted = performance.now();
    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { ...owner.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceId: workspace.id, kind: 'report', text, extract: true }),
    });
    if (response.status !== 201) throw new Error(`creating the document answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    const { id } = (await response.json()) as { id: string };
    const createMs = performance.now() - posted;

    const stateOf = async () => (await db.select({ state: documents.extractionState }).from(documents).where(eq(documents.id, id)))[0]!.state;
    const during: number[] = [];
    let state = await stateOf();
    while (state === 'queued' || state === 'running') {
      during.push(await timedHealth(base));
      await new Promise((resolve) => setTimeout(resolve, 10));
      state = await stateOf();
    }
    const extractedMs = performance.now() - posted;

    console.log(`Text: ${round(text.length / 1e6, 2)} MB; the request creating the document answered in ${round(createMs)} ms; proposals ${state} after ${round(extractedMs / 1000, 2)} s`);
    const idleSorted = summary('/api/health, nothing else running', idle);
    const duringSorted = summary('/api/health during the extraction', during);
    console.log(`p95 during / idle: ${round(percentile(duringSorted, 95) / percentile(idleSorted, 95), 2)}×; max during: ${round(duringSorted.at(-1) ?? NaN, 1)} ms (aim: under 100 ms)`);
  } finally {
    await runner.stop();
    await work.close();
    await app.close();
    await pool.end();
  }
}

await runBench(main, close);
