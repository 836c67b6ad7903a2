import { createThreadPool, type ThreadPool } from '../../../core/threads/thread-pool.js';
import type { ExtractionTask } from './extraction-thread.js';
import type { Extraction, ExtractOptions } from './extraction.types.js';

let pool: ThreadPool<ExtractionTask, Extraction> | undefined;

/**
 * Extracts a report on a worker thread, so a long text never holds up requests. One thread:
 * it keeps the gazetteer index it builds on first use, and leaves the other core to requests.
 */
export function extractOffThread(text: string, options: ExtractOptions): Promise<Extraction> {
  pool ??= createThreadPool(new URL('./extraction-thread.js', import.meta.url), { maxThreads: 1 });
  return pool.run({ text, options });
}

/**
 * Starts the thread and has it load the town index now, beside the server's own start, so the
 * first document extracted does not wait for it.
 */
export function warmExtractionThread(): void {
  extractOffThread('Leipzig', { language: 'de' }).catch(() => {});
}

export async function closeExtractionThreads(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.close();
}
