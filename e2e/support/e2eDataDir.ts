import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every app server of an end-to-end run keeps its embedded database in a folder below this one. */
export const E2E_DATA_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'e2e-data');

/** Playwright's JSON report of the last end-to-end run (each test's duration), outside the data root it clears. */
export const E2E_REPORT_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'e2e-report.json');

/**
 * With more than one worker, each worker has an app server of its own (port E2E_PORT + its
 * index), so specs never see another worker's records. Playwright gives each worker process its
 * index in TEST_PARALLEL_INDEX; the runner itself has none.
 */
export function e2eServerIndex(): number {
  return Number(process.env.TEST_PARALLEL_INDEX ?? 0);
}

/**
 * Where the app server of a worker keeps its embedded database. The config starts the server on
 * it and clears it before a run; tests read the server's outbox from it (`stadtdialog mail:outbox`).
 */
export function e2eDataDir(serverIndex = e2eServerIndex()): string {
  return path.join(E2E_DATA_ROOT, `server-${serverIndex}`);
}
