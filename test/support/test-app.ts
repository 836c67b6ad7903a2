import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/core/config.js';
import { detectApplicationRole } from '../../src/core/db/application-role.js';
import { startJobRunner, type JobRunner } from '../../src/core/jobs/job-runner.js';
import { createLogger } from '../../src/core/logger.js';
import { backgroundWork, type BackgroundWork } from '../../src/jobs.js';
import { seedDemo } from '../../src/demo/demo-seed.js';
import { instanceSecret } from '../../src/modules/instance/instance-secrets.js';
import { perFile } from './per-file.js';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_WEB_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'web');

/** The configuration a fresh installation would have, plus the given environment variables. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ PUBLIC_URL: 'http://stadtdialog.test', ...env });
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Background jobs worked in this process, with `{ jobs: true }`. */
  jobs?: { runner: JobRunner; work: BackgroundWork };
}

export interface TestAppOptions {
  demoData?: boolean;
  /** Load the gazetteer towns of the demo countries too (a few seconds); off by default. */
  gazetteer?: boolean;
  bodyLimitBytes?: number;
  /** Environment variables for the configuration, e.g. `{ STADTDIALOG_SIGNUP: 'closed' }`. */
  env?: Record<string, string>;
  /** Work background jobs (extraction, uploaded batches) as `serve` does; off by default. */
  jobs?: boolean;
  /** Add routes before the app is sealed, e.g. to probe request plumbing. */
  extend?: (app: FastifyInstance) => void;
}

/** The real application on a fresh database of its own, driven in-process with `app.inject`. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const demoData = options.demoData ?? true;
  // The demo data without the gazetteer is in a template already; with it, the towns go in first.
  const database = await createTestDatabase({ demoData: demoData && !options.gazetteer });
  if (demoData && options.gazetteer) await seedDemo(database.db, { gazetteer: true });
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
  const applicationRole = await detectApplicationRole(database.pool, logger);
  const config = { ...testConfig(options.env), ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}) };
  const app = await buildApp({
    config,
    database: { db: database.db, pool: database.pool, kind: 'external', applicationRole },
    logger,
    webDir: TEST_WEB_DIR,
    cookieSecret: await instanceSecret(database.db, 'cookie-signing'),
  });
  options.extend?.(app);
  await app.ready();
  if (!options.jobs) return { app, database };
  const work = backgroundWork(database.db, config, logger);
  const runner = await startJobRunner({ pool: database.pool, logger, handlers: work.handlers, pollingIntervalSeconds: 0.5 });
  return { app, database, jobs: { runner, work } };
}

export async function closeTestApp({ app, database, jobs }: TestApp): Promise<void> {
  await jobs?.runner.stop();
  await jobs?.work.close();
  await app.close();
  await dropTestDatabase(database);
}

/** Registers a test app for the current file; read `.current` inside tests. */
export function useTestApp(options: TestAppOptions = {}): { readonly current: TestApp } {
  return perFile('The test app', () => createTestApp(options), closeTestApp);
}
