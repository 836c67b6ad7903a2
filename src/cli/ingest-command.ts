import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../core/config.js';
import { systemViewer } from '../core/auth/viewer.js';
import type { DbExecutor } from '../core/db/client.js';
import { migrateDatabase } from '../core/db/migrate.js';
import { createServiceContext } from '../core/db/viewer-transaction.js';
import { countOf, describeIngestReport } from '../modules/knowledge/ingest/ingest-report.js';
import { ingestFolder, withProposalCounts } from '../modules/knowledge/ingest/ingest.service.js';
import { findWorkspaceBySlug, findWorkspacesByIds } from '../modules/workspaces/workspaces.service.js';
import { createProgress } from '../core/progress.js';
import type { Database } from '../core/db/database.js';
import { startJobRunner } from '../core/jobs/job-runner.js';
import type { Logger } from '../core/logger.js';
import { closeExtractionThreads } from '../modules/knowledge/extraction/extraction-threads.js';
import { extractionJob, extractionsDone } from '../modules/knowledge/review/extraction-job.js';
import type { IngestCommandOptions } from './ingest-options.js';
import { CommandError, withDatabase } from './database-commands.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The workspace named by id or slug; without a name, the demo workspace when there is one. */
async function workspaceOf(db: DbExecutor, name: string | undefined): Promise<{ id: string; name: string }> {
  if (!name) {
    const demo = await findWorkspaceBySlug(db, 'demo');
    if (!demo) throw new CommandError('--workspace: name the workspace (its id or slug) the documents belong to; there is no demo workspace to take.');
    return demo;
  }
  const workspace = UUID.test(name) ? (await findWorkspacesByIds(db, [name]))[0] : await findWorkspaceBySlug(db, name);
  if (!workspace) throw new CommandError(`--workspace: no workspace has the ${UUID.test(name) ? 'id' : 'slug'} "${name}"`);
  return workspace;
}

/**
 * Extraction is background work; the command works it itself (beside a running server, which may
 * take some of it), so the proposals are there when it returns.
 */
async function extractHere(database: Database, logger: Logger, documentIds: string[]): Promise<void> {
  const runner = await startJobRunner({ pool: database.pool, logger, handlers: [extractionJob(database.db)], pollingIntervalSeconds: 0.5 });
  try {
    await extractionsDone(database.db, documentIds, createProgress('Extracting proposals', documentIds.length));
  } finally {
    await runner.stop();
    await closeExtractionThreads();
  }
}

/** Returns the summary, and whether some files failed (the command then exits with 1). */
export async function ingestCommand(config: AppConfig, folder: string, options: IngestCommandOptions): Promise<{ text: string; failed: number }> {
  const info = await stat(folder).catch(() => null);
  if (!info) throw new CommandError(`${folder} does not exist.`);
  if (!info.isDirectory()) throw new CommandError(`${folder} is not a folder; name the folder that holds the reports (.txt, .md, .pdf).`);
  return withDatabase(config, 'ingest', 'shared', async (database, logger) => {
    await migrateDatabase(database.pool, logger);
    const workspace = await workspaceOf(database.db, options.workspace);
    const ctx = createServiceContext({ db: database.db, applicationRole: null }, systemViewer);
    const report = await ingestFolder(ctx, {
      folder: path.resolve(folder),
      workspace,
      kind: options.kind,
      visibility: options.visibility,
      extract: options.extract,
      publishedFromName: options.publishedFromName,
      fileLimitBytes: config.documentFileLimitBytes,
      progress: createProgress('Ingesting', 0),
    });
    const created = report.outcomes.flatMap((outcome) => (outcome.status === 'created' ? [outcome.documentId] : []));
    if (options.extract && created.length > 0) await extractHere(database, logger, created);
    return { text: describeIngestReport(await withProposalCounts(database.db, report)), failed: countOf(report, 'failed') };
  });
}
