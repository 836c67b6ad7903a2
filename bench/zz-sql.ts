import { readFileSync } from 'node:fs';
import pg from 'pg';
import { EmbeddedPostgres } from '../src/core/db/embedded/embedded-postgres.js';
import { createLogger } from '../src/core/logger.js';
const server = await EmbeddedPostgres.open({ dataDir: '/tmp/sd-bench-search-kept2', logger: createLogger('warn'), command: 'bench', mode: 'exclusive', databaseName: 'postgres', settings: { maintenance_work_mem: '256MB', shared_buffers: '512MB' } });
const url = new URL(server.connectionString()); url.pathname = '/bench_search_200000';
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
try {
  for (const statement of readFileSync(process.argv[2]!, 'utf8').split(/;\s*\n/).filter((s) => s.trim())) {
    const began = performance.now();
    const result = await client.query(statement);
    const rows = Array.isArray(result) ? result.at(-1).rows : result.rows;
    console.log(`-- ${statement.trim().slice(0, 100)} (${Math.round(performance.now() - began)} ms)`);
    for (const row of rows.slice(0, 30)) console.log(JSON.stringify(row).slice(0, 300));
  }
} finally {
  await client.end();
  await server.stop();
}
