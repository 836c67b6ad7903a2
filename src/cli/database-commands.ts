import { existsSync } from 'node:fs';
import type { AppConfig } from '../core/config.js';
import { backupDatabase } from '../core/db/backup/backup.js';
import { restoreDatabase } from '../core/db/backup/restore.js';
import { createPool } from '../core/db/client.js';
import { openDatabase, type Database } from '../core/db/database.js';
import { migrateDatabase } from '../core/db/migrate.js';
import { createLogger, type Logger } from '../core/logger.js';
import { DEMO_COUNTRIES, seedDemo } from '../demo/demo-seed.js';
import { printOutbox } from '../modules/mail/mail-outbox.command.js';
import { confirmOnTerminal } from './confirm.js';
import { createProgress } from '../core/progress.js';
import { CommandError } from './command-error.js';

export { CommandError } from './command-error.js';

export async function withDatabase<T>(
  config: AppConfig,
  command: string,
  mode: 'exclusive' | 'shared',
  work: (database: Database, logger: Logger) => Promise<T>,
): Promise<T> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config, logger, { command, mode, poolSize: 2 });
  try {
    return await work(database, logger);
  } finally {
    await database.close();
  }
}

export async function migrateCommand(config: AppConfig): Promise<string> {
  return withDatabase(config, 'migrate', 'shared', async (database, logger) => {
    const status = await migrateDatabase(database.pool, logger);
    return `Database is at migration ${status.applied} of ${status.available} (${status.latest ?? 'none'}).`;
  });
}

export async function seedDemoCommand(config: AppConfig): Promise<string> {
  return withDatabase(config, 'seed-demo', 'shared', async (database, logger) => {
    await migrateDatabase(database.pool, logger);
    const report = await seedDemo(database.db, { progress: createProgress('Loading gazetteer towns', 0) });
    const towns = report.gazetteerTowns > 0 ? ` Gazetteer: ${report.gazetteerTowns} towns of ${DEMO_COUNTRIES.join(', ')} written.` : '';
    return `Demo data: ${report.inserted} records written, ${report.alreadyPresent} already present.${towns}`;
  });
}

export async function mailOutboxCommand(config: AppConfig, options: { all: boolean; limit: number }): Promise<string> {
  return withDatabase(config, 'mail:outbox', 'shared', async (database, logger) => {
    await migrateDatabase(database.pool, logger);
    return printOutbox(database.db, options);
  });
}

export async function backupCommand(config: AppConfig, file: string, options: { force: boolean }): Promise<string> {
  if (existsSync(file) && !options.force) {
    throw new CommandError(`${file} exists already; choose another name or pass --force to overwrite it.`);
  }
  return withDatabase(config, 'backup', 'shared', async (database) => {
    const result = await backupDatabase(database.connectionString, file, createProgress('Backing up tables', 0));
    const megabytes = (result.bytes / 1024 / 1024).toFixed(2);
    return `Backup written to ${result.file} (${result.tables} tables, ${megabytes} MB, pg_dump ${result.toolMajor}).`;
  });
}

export async function restoreCommand(config: AppConfig, file: string, options: { yes: boolean }): Promise<string> {
  if (!existsSync(file)) throw new CommandError(`${file} does not exist.`);
  const where = config.databaseUrl ? 'the database at DATABASE_URL' : `the embedded database in ${config.dataDir}`;
  if (!options.yes) {
    const confirmed = await confirmOnTerminal(`This replaces all data in ${where} with the content of ${file}.`);
    if (!confirmed) throw new CommandError('Restore not confirmed; nothing was changed. Pass --yes to confirm without a prompt.');
  }
  return withDatabase(config, 'restore', 'exclusive', async (database, logger) => {
    await database.pool.end();
    const result = await restoreDatabase(database.connectionString, file, createProgress('Restoring tables', 0));
    const reopened = createPool({ connectionString: database.connectionString, max: 2, logger });
    try {
      const status = await migrateDatabase(reopened, logger);
      return `Restored ${result.tables} tables into ${result.database}; migration ${status.applied} of ${status.available}.`;
    } finally {
      await reopened.end();
    }
  });
}
