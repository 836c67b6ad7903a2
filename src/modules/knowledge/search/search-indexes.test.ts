import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { REFERENCE_WORKSPACE_ID } from '../../../core/records/reference-workspace.js';

// With "fastupdate", a GIN index keeps new entries in a pending list that every search reads
// through until VACUUM or autoanalyze merges it: after the demo data or a gazetteer load, searches
// took seconds for the first minute.
describe('search indexes', () => {
  const database = useTestDatabase();

  it('every GIN index takes new entries straight in', async () => {
    const { rows } = await database.current.pool.query<{ name: string; options: string[] | null }>(
      `SELECT c.relname AS name, c.reloptions AS options FROM pg_class c JOIN pg_am a ON a.oid = c.relam
       WHERE a.amname = 'gin' AND c.relnamespace = 'public'::regnamespace ORDER BY 1`,
    );
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['search_entries_head_idx', 'search_entries_tsv_idx', 'search_terms_trgm_idx']));
    for (const row of rows) expect({ name: row.name, options: row.options ?? [] }).toEqual({ name: row.name, options: expect.arrayContaining(['fastupdate=off']) });
  });

  it('leaves nothing pending in the search index after a bulk write', async () => {
    const { pool } = database.current;
    await pool.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
    await pool.query(
      `INSERT INTO places (workspace_id, visibility, kind, name, country_code)
       SELECT $1, 'public', 'municipality', 'Prüfstadt ' || n, 'DE' FROM generate_series(1, 2000) n`,
      [REFERENCE_WORKSPACE_ID],
    );
    const indexed = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_entries WHERE tsv @@ plainto_tsquery('public.sd_simple', 'Prüfstadt')`);
    expect(indexed.rows[0]!.n).toBe(2000);
    for (const index of ['search_entries_tsv_idx', 'search_entries_head_idx']) {
      const { rows } = await pool.query<{ pending: number }>('SELECT pending_tuples::int AS pending FROM pgstatginindex($1::regclass)', [index]);
      expect({ index, pending: rows[0]!.pending }).toEqual({ index, pending: 0 });
    }
  });
});
