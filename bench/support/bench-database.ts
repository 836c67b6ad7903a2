import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/core/config.js';
import { detectApplicationRole } from '../../src/core/db/application-role.js';
import type { createDb } from '../../src/core/db/client.js';
import { EmbeddedPostgres } from '../../src/core/db/embedded/embedded-postgres.js';
import { createLogger } from '../../src/core/logger.js';
import { instanceSecret } from '../../src/modules/instance/instance-secrets.js';

type Logger = ReturnType<typeof createLogger>;

/**
 * A throwaway embedded PostgreSQL tuned for bulk loading, in a temporary folder, or in the folder
 * named by `keepDirVariable` so its data survives between runs.
 */
export async function openBenchServer(name: string, keepDirVariable: string, sharedBuffers?: string) {
  const kept = process.env[keepDirVariable];
  const keptDir = kept ? path.resolve(kept) : null;
  const dataDir = keptDir ?? mkdtempSync(path.join(os.tmpdir(), `stadtdialog-bench-${name}-`));
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const server = await EmbeddedPostgres.open({
    dataDir,
    logger,
    command: 'bench',
    mode: 'exclusive',
    databaseName: 'postgres',
    settings: {
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      work_mem: '16MB',
      maintenance_work_mem: '256MB',
      ...(sharedBuffers ? { shared_buffers: sharedBuffers } : {}),
    },
  });
  const close = async () => {
    await server.stop();
    if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { server, logger, close };
}

/**
 * The database `name` on the bench server, made anew, or kept when it exists and `keep(url)` says
 * it may be (a complete data set from an earlier run): its address, and whether it was kept.
 */
export async function benchDatabase(server: { connectionString(): string }, name: string, keep?: (url: string) => Promise<boolean>): Promise<{ url: string; kept: boolean }> {
  const url = new URL(server.connectionString());
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: server.connectionString() });
  admin.on('error', () => {});
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (exists && keep && (await keep(url.toString()))) return { url: url.toString(), kept: true };
    if (exists) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    return { url: url.toString(), kept: false };
  } finally {
    await admin.end();
  }
}

/** Runs a bench's `main`: an error is printed and fails the run; the database server stops either way. */
export async function runBench(main: () => Promise<void>, close: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await close();
  }
}

/** The app as `stadtdialog serve` builds it, without the web app, for requests in process. */
export async function buildBenchApp(db: ReturnType<typeof createDb>, pool: pg.Pool, logger: Logger) {
  const app = await buildApp({
    config: loadConfig({}),
    database: { db, pool, kind: 'embedded', applicationRole: await detectApplicationRole(pool, logger) },
    logger,
    webDir: path.join(import.meta.dirname, '..', 'no-web-app'),
    cookieSecret: await instanceSecret(db, 'cookie-signing'),
  });
  await app.ready();
  return app;
}

export interface SentStatement {
  text: string;
  values: unknown[];
}

let recording: SentStatement[] | null = null;
let installed = false;

/** Runs `work` and returns with its result every statement sent on any connection meanwhile. */
export async function recordStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: SentStatement[] }> {
  if (!installed) {
    installed = true;
    const originalQuery = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      if (recording) {
        const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
        const text = typeof first === 'string' ? first : first.text;
        const values = typeof first === 'string' ? (second ?? []) : (first.values ?? second ?? []);
        recording.push({ text, values: Array.isArray(values) ? values : [] });
      }
      return (originalQuery as (...inner: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
  }
  const statements: SentStatement[] = [];
  recording = statements;
  try {
    return { result: await work(), statements };
  } finally {
    recording = null;
  }
}
