import closeWithGrace from 'close-with-grace';
import type { AppConfig } from './core/config.js';
import { openDatabase } from './core/db/database.js';
import { migrateDatabase } from './core/db/migrate.js';
import { startJobRunner } from './core/jobs/job-runner.js';
import { createLogger } from './core/logger.js';
import { backgroundWork } from './jobs.js';

/**
 * Works background jobs without serving HTTP: extra capacity beside the app servers (each job
 * still runs once), or all of it when they run with `serve --no-worker`.
 */
export async function startWorker(config: AppConfig): Promise<void> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger, { command: 'worker', mode: 'shared' });
  try {
    await migrateDatabase(database.pool, logger);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  const work = backgroundWork(database.db, config, logger);
  const runner = await startJobRunner({ pool: database.pool, logger, handlers: work.handlers, schedules: work.schedules });
  logger.info({ database: database.kind }, 'Stadtdialog worker is running');
  closeWithGrace({ delay: 30_000 }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an unexpected error');
    else logger.info({ signal }, 'shutting down');
    await runner.stop();
    await work.close();
    await database.close();
  });
}
