import { sql, type SQL } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { DbExecutor } from '../db/client.js';

/** pg-boss statements run through a pool or a client. */
export function poolAdapter(client: pg.Pool | pg.PoolClient): PgBoss.Db {
  return { executeSql: (text, values) => client.query(text, values) };
}

/**
 * pg-boss statements run inside an open Drizzle transaction, so a job is sent if and only if
 * the change that asked for it commits.
 */
export function transactionAdapter(tx: DbExecutor): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await tx.execute(withParameters(text, values));
      return { rows: result.rows as unknown[] as never[] };
    },
  };
}

function withParameters(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    chunks.push(sql`${asParameter(values[Number(match[1]) - 1])}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
