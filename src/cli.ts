import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type AppConfig } from './core/config.js';
import { CommandError } from './cli/command-error.js';
import { extractCommand, parseExtractLanguage, parsePublishedDate, type ExtractLanguageOption } from './cli/extract-command.js';
import { parseDocumentKind, parseVisibility, type IngestCommandOptions } from './cli/ingest-options.js';
import { DataDirectoryInUseError } from './core/db/embedded/instance-lock.js';
import { appVersion } from './core/version.js';

// The commands load their modules when run: `stadtdialog extract` starts without the server,
// database and import code (a few hundred milliseconds of loading).
const databaseCommands = () => import('./cli/database-commands.js');

function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1) throw new InvalidArgumentError('must be a whole number of at least 1.');
  return count;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 0 || port > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  return port;
}

/** Runs a command; errors become one clear line on stderr and exit code 1, not a stack trace. */
async function run(work: (config: AppConfig) => Promise<string | void>): Promise<void> {
  try {
    const output = await work(loadConfig());
    if (output) console.log(output);
  } catch (error) {
    const known = error instanceof CommandError || error instanceof ConfigError || error instanceof DataDirectoryInUseError;
    console.error(`stadtdialog: ${(error as Error).message}`);
    if (!known && process.env.LOG_LEVEL === 'debug') console.error(error);
    process.exitCode = 1;
  }
}

const program = new Command()
  .name('stadtdialog')
  .description('Municipal partnerships, exchanges and peer learning. Configured by environment variables (see README).')
  .version(appVersion)
  .showHelpAfterError('(run with --help for usage)');

program
  .command('serve')
  .description('Start the API and web app (embedded PostgreSQL unless DATABASE_URL is set)')
  .option('--port <port>', 'port to listen on (default: PORT or 3000)', parsePort)
  .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
  .option('--seed-demo', 'write the demo data first if it is missing, and queue loading the world gazetteer', false)
  .option('--no-worker', 'leave background jobs (extraction, uploads, e-mail, gazetteer) to "stadtdialog worker"')
  .action((options: { port?: number; host?: string; seedDemo: boolean; worker: boolean }) =>
    run(async (config) => {
      const { startServer } = await import('./main.js');
      await startServer(
        { ...config, port: options.port ?? config.port, host: options.host ?? config.host },
        { seedDemo: options.seedDemo, worker: options.worker },
      );
    }),
  );

program
  .command('worker')
  .description('Work background jobs (extraction, uploaded batches, e-mail, housekeeping, gazetteer) without serving HTTP')
  .action(() =>
    run(async (config) => {
      const { startWorker } = await import('./worker.js');
      await startWorker(config);
    }),
  );

program
  .command('migrate')
  .description('Apply pending database migrations (also done at every start)')
  .action(() => run(async (config) => (await databaseCommands()).migrateCommand(config)));

program
  .command('seed-demo')
  .description('Write the demo partnerships, exchanges and network; records already present are kept')
  .action(() => run(async (config) => (await databaseCommands()).seedDemoCommand(config)));

program
  .command('mail:outbox')
  .description('Show e-mails waiting to be sent (without SMTP_URL, every e-mail waits here)')
  .option('--all', 'also show e-mails already sent', false)
  .option('--limit <count>', 'show at most this many', parseCount, 50)
  .action((options: { all: boolean; limit: number }) => run(async (config) => (await databaseCommands()).mailOutboxCommand(config, options)));

program
  .command('gazetteer:load')
  .description('Load countries and towns (GeoNames, 1000+ inhabitants) into the shared gazetteer; running it again updates them')
  .option('--countries <codes>', 'only these countries, e.g. DE,UA,XK (default: the whole world, about 135 000 towns)')
  .action((options: { countries?: string }) => run(async (config) => (await import('./cli/gazetteer-commands.js')).gazetteerLoadCommand(config, options)));

program
  .command('extract')
  .description('Read a report (news, workshop write-up, project profile) from standard input and print the proposals as JSON; needs no database')
  .option('--lang <language>', 'the report\'s language: de, en or auto', parseExtractLanguage, 'auto')
  .option('--published <date>', 'publication date (YYYY-MM-DD): dates without a year and "heute"/"today" are read against it', parsePublishedDate)
  .action(async (options: { lang: ExtractLanguageOption; published?: string }) => {
    // No configuration is read and no database opened: extraction works on the text alone.
    try {
      console.log(await extractCommand(options));
    } catch (error) {
      console.error(`stadtdialog: ${(error as Error).message}`);
      if (process.env.LOG_LEVEL === 'debug') console.error(error);
      process.exitCode = 1;
    }
  });

program
  .command('import')
  .description('Import organizations or people from a CSV file; every bad row is reported with line, column and reason')
  .argument('<kind>', 'organizations or people')
  .argument('<file>', 'a CSV file with a header line (columns: see README)')
  .requiredOption('--workspace <slug>', 'the workspace the records belong to')
  .option('--dry-run', 'check every row and report, write nothing', false)
  .option('--skip-invalid', 'write the valid rows even when others are invalid', false)
  .action((kind: string, file: string, options: { workspace: string; dryRun: boolean; skipInvalid: boolean }) =>
    run(async (config) => (await import('./cli/import-commands.js')).importCommand(config, kind, file, options)),
  );

program
  .command('ingest')
  .description('Add every report (.txt, .md, .pdf) of a folder and its subfolders as a document with its file; texts already ingested are skipped')
  .argument('<folder>', 'the folder that holds the reports')
  .option('--workspace <id-or-slug>', 'the workspace the documents belong to (default: the demo workspace)')
  .option('--kind <kind>', 'news, report, minutes, presentation, concept or good_practice', parseDocumentKind, 'report')
  .option('--visibility <visibility>', 'public, workspace or private', parseVisibility, 'workspace')
  .option('--no-extract', 'do not extract proposals for review')
  .option('--published-from-name', 'take the publication date from a date in the file name, e.g. 2023-11-29-werkstatt.pdf', false)
  .action((folder: string, options: IngestCommandOptions) =>
    run(async (config) => {
      // Loaded when used: the knowledge module is not needed to start the other commands.
      const { ingestCommand } = await import('./cli/ingest-command.js');
      const result = await ingestCommand(config, folder, options);
      // Files that could not be read are listed in the summary; the others were ingested all the same.
      if (result.failed > 0) process.exitCode = 1;
      return result.text;
    }),
  );

program
  .command('backup')
  .description('Write the whole database to a file (pg_dump custom format)')
  .argument('<file>', 'where to write the backup, e.g. stadtdialog-2026-11-21.dump')
  .option('--force', 'overwrite the file if it exists', false)
  .action((file: string, options: { force: boolean }) => run(async (config) => (await databaseCommands()).backupCommand(config, file, options)));

program
  .command('restore')
  .description('Replace all data with a backup; the server must be stopped')
  .argument('<file>', 'a file written by "stadtdialog backup"')
  .option('--yes', 'do not ask for confirmation', false)
  .action((file: string, options: { yes: boolean }) => run(async (config) => (await databaseCommands()).restoreCommand(config, file, options)));

await program.parseAsync(process.argv);
