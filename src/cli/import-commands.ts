import { existsSync, readFileSync } from 'node:fs';
import type { AppConfig } from '../core/config.js';
import { systemViewer } from '../core/auth/viewer.js';
import { migrateDatabase } from '../core/db/migrate.js';
import { createServiceContext } from '../core/db/viewer-transaction.js';
import type { ImportReport } from '../modules/imports/import-report.js';
import { importCsv, IMPORT_KINDS, type ImportKind } from '../modules/imports/imports.service.js';
import { findWorkspaceBySlug } from '../modules/workspaces/workspaces.service.js';
import { CommandError, withDatabase } from './database-commands.js';

export class ImportRejectedError extends CommandError {}

export function describeReport(report: ImportReport, file: string): string {
  const lines = report.issues.map((issue) => `  line ${issue.line}, ${issue.field}: ${issue.message}`);
  const summary = `${file}: ${report.rows} rows, ${report.validRows} valid, ${report.invalidRows} invalid`;
  if (report.dryRun) return [`${summary}. Dry run: nothing was written.`, ...lines].join('\n');
  if (report.created === 0 && report.invalidRows > 0) {
    return [`${summary}. Nothing was written; fix these rows or pass --skip-invalid to import the valid ones:`, ...lines].join('\n');
  }
  return [`${summary}. ${report.created} records written.${report.invalidRows > 0 ? ' Skipped:' : ''}`, ...lines].join('\n');
}

export async function importCommand(
  config: AppConfig,
  kind: string,
  file: string,
  options: { workspace: string; dryRun: boolean; skipInvalid: boolean },
): Promise<string> {
  if (!IMPORT_KINDS.includes(kind as ImportKind)) throw new CommandError(`unknown import "${kind}"; choose ${IMPORT_KINDS.join(' or ')}`);
  if (!existsSync(file)) throw new CommandError(`${file} does not exist.`);
  const csv = readFileSync(file, 'utf8');
  return withDatabase(config, 'import', 'shared', async (database, logger) => {
    await migrateDatabase(database.pool, logger);
    const workspace = await findWorkspaceBySlug(database.db, options.workspace);
    if (!workspace) throw new CommandError(`--workspace: no workspace has the slug "${options.workspace}"`);
    const ctx = createServiceContext({ db: database.db, applicationRole: null }, systemViewer);
    const report = await importCsv(ctx, kind as ImportKind, { workspaceId: workspace.id, csv, dryRun: options.dryRun, skipInvalid: options.skipInvalid });
    const text = describeReport(report, file);
    // Invalid rows make the command fail (exit 1) unless they were skipped on purpose.
    if (report.invalidRows > 0 && !(options.skipInvalid && !options.dryRun)) throw new ImportRejectedError(text);
    return text;
  });
}
