import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbExecutor } from './client.js';

/**
 * Whether `candidateId` is `ancestorId` itself or lies below it in the tree a table's `parent_id`
 * builds (places, organisations, themes); a chain deeper than 20 levels counts as outside.
 */
export async function isSelfOrDescendantIn(db: DbExecutor, table: PgTable, ancestorId: string, candidateId: string): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`
    WITH RECURSIVE chain(id, parent_id, depth) AS (
      SELECT id, parent_id, 1 FROM ${table} WHERE id = ${candidateId}
      UNION ALL
      SELECT node.id, node.parent_id, chain.depth + 1 FROM ${table} node JOIN chain ON node.id = chain.parent_id WHERE chain.depth < 20
    )
    SELECT EXISTS (SELECT 1 FROM chain WHERE id = ${ancestorId}) AS found`);
  return Boolean(result.rows[0]?.found);
}
