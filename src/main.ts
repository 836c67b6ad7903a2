import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import type { AppConfig } from './core/config.js';
import { openDatabase } from './core/db/database.js';
import { detectApplicationRole } from './core/db/application-role.js';
import { migrateDatabase } from './core/db/migrate.js';
import { createLogger } from './core/logger.js';
import { seedDemo } from './modules/demo/demo-seed.js';
import { startHousekeeping } from './modules/instance/housekeeping.js';
import { instanceSecret } from './modules/instance/instance-secrets.js';
import { startMailDelivery, type MailDelivery } from './modules/mail/mail-delivery.js';

export interface ServeOptions {
  seedDemo: boolean;
}

/**
 * Starts Stadtdialog: database (embedded or external), migrations, optional demo data, HTTP.
 * SIGINT/SIGTERM drain open requests, then close the pool and stop the embedded server.
 */
export async function startServer(config: AppConfig, options: ServeOptions): Promise<void> {
  const began = performance.now();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger, { command: 'serve', mode: 'exclusive' });
  let app: Awaited<ReturnType<typeof buildApp>>;
  let mail: MailDelivery | undefined;
  let housekeeping: { stop(): void } | undefined;
  try {
    await migrateDatabase(database.pool, logger);
    const applicationRole = await detectApplicationRole(database.pool, logger);
    if (options.seedDemo) {
      const report = await seedDemo(database.db);
      logger.info(report, report.inserted > 0 ? 'demo data written' : 'demo data already present');
    }
    mail = startMailDelivery(database.db, { smtpUrl: config.mail.smtpUrl, from: config.mail.from, logger });
    housekeeping = startHousekeeping(database.db, logger);
    app = await buildApp({
      config,
      database: { ...database, applicationRole },
      logger,
      cookieSecret: await instanceSecret(database.db, 'cookie-signing'),
      mailQueued: () => void mail?.deliverPending(),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    housekeeping?.stop();
    await mail?.stop();
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
    housekeeping?.stop();
    await mail?.stop();
    await database.close();
  });
}
