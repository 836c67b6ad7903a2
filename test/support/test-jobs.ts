import { inArray } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client.js';
import { documents } from '../../src/modules/knowledge/documents/documents.tables.js';

/** Waits until the background extraction of these documents has finished (or failed for good). */
export async function extractionsFinished(db: Db, documentIds: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db.select({ state: documents.extractionState }).from(documents).where(inArray(documents.id, documentIds));
    if (rows.every((row) => row.state === 'done' || row.state === 'failed' || row.state === 'none')) return;
    if (Date.now() > deadline) throw new Error(`extraction still ${rows.map((row) => row.state).join(', ')} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
