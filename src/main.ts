import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import type { AppConfig } from './core/config.js';
import { openDatabase } from './core/db/database.js';
import { detectApplicationRole } from './core/db/application-role.js';
import { migrateDatabase } from './core/db/migrate.js';
import { createLogger } from './core/logger.js';
import { seedDemo } from './demo/demo-seed.js';
import { startJobRunner, type JobRunner } from './core/jobs/job-runner.js';
import { QUEUES } from './core/jobs/queues.js';
import { backgroundWork, type BackgroundWork } from './jobs.js';
import { instanceSecret } from './modules/instance/instance-secrets.js';
import { queueWholeGazetteer } from './modules/places/gazetteer/gazetteer-job.js';
import { preloadSearchWords } from './modules/knowledge/search/words/search-words.js';

export interface ServeOptions {
  seedDemo: boolean;
  /** Work background jobs in this process too (default); `false` leaves them to `stadtdialog worker`. */
  worker: boolean;
}

/**
 * Starts Stadtdialog: database (embedded or external), migrations, optional demo data, HTTP.
 * SIGINT/SIGTERM drain open requests, then close the pool and stop the embedded server.
 */
export async function startServer(config: AppConfig, options: ServeOptions): Promise<void> {
  const began = performance.now();
  const logger = createLogger(config.logLevel);
  preloadSearchWords();
  const database = await openDatabase(config, logger, { command: 'serve', mode: 'exclusive' });
  let app: Awaited<ReturnType<typeof buildApp>>;
  let work: BackgroundWork | undefined;
  let runner: JobRunner | undefined;
  try {
    await migrateDatabase(database.pool, logger);
    const applicationRole = await detectApplicationRole(database.pool, logger);
    if (options.seedDemo) {
      const report = await seedDemo(database.db);
      logger.info(report, report.inserted > 0 ? 'demo data written' : 'demo data already present');
      if (config.demoWorldGazetteer && (await queueWholeGazetteer(database.db))) logger.info('the world gazetteer (about 135 000 towns) is loading in the background');
    }
    if (options.worker) {
      work = backgroundWork(database.db, config, logger);
      runner = await startJobRunner({ pool: database.pool, logger, handlers: work.handlers, schedules: work.schedules });
    }
    app = await buildApp({
      config,
      database: { ...database, applicationRole },
      logger,
      cookieSecret: await instanceSecret(database.db, 'cookie-signing'),
      mailQueued: () => void runner?.trigger(QUEUES.deliverMail),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await runner?.stop().catch(() => {});
    await work?.close();
    await database.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${config.port} on ${config.host} is in use; stop the other program or set PORT to a free port.`, {
        cause: error,
      });
    }
    throw error;
  }

  const address = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  logger.info(
    { startupMs: Math.round(performance.now() - began), database: database.kind },
    `Stadtdialog is running at ${address}`,
  );

  closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an unexpected error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
    await runner?.stop();
    await work?.close();
    await database.close();
  });
}
