import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the app under test keeps its embedded database. The config starts the server on it and
 * clears it before a run; tests read the server's outbox from it (`stadtdialog mail:outbox`).
 */
export const E2E_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'e2e-data');
