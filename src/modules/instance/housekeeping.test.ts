import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/support/test-database.js';
import { users } from '../accounts/users.tables.js';
import { sessions } from '../accounts/accounts.tables.js';
import { removeExpiredData } from './housekeeping.js';

describe('housekeeping', () => {
  const database = useTestDatabase();

  it('removes expired sessions and keeps live ones', async () => {
    const { db } = database.current;
    const [user] = await db.insert(users).values({ email: 'keep@example.org', displayName: 'Keep' }).returning();
    const future = new Date(Date.now() + 3600_000);
    await db.insert(sessions).values([
      { id: 'live', userId: user!.id, idleExpiresAt: future, absoluteExpiresAt: future },
      { id: 'idle', userId: user!.id, idleExpiresAt: new Date(Date.now() - 1000), absoluteExpiresAt: future },
      { id: 'old', userId: user!.id, idleExpiresAt: future, absoluteExpiresAt: new Date(Date.now() - 1000) },
    ]);
    await db.execute(sql`INSERT INTO rate_limit_counters VALUES ('stale', 3, now() - interval '2 hours'), ('fresh', 1, now() + interval '5 minutes')`);
    await removeExpiredData(db);
    expect((await db.select({ id: sessions.id }).from(sessions)).map((row) => row.id)).toEqual(['live']);
    const counters = await db.execute<{ key: string }>(sql`SELECT key FROM rate_limit_counters`);
    expect(counters.rows.map((row) => row.key)).toEqual(['fresh']);
  });

  it('removes the files of uploaded batches that failed for good a day ago, and keeps those still worked on', async () => {
    const { db } = database.current;
    await db.execute(sql`INSERT INTO job_progress (job_id, kind, state, updated_at) VALUES
      ('00000000-0000-4000-8000-0000000000a1', 'ingest_upload', 'failed', now() - interval '2 days'),
      ('00000000-0000-4000-8000-0000000000a2', 'ingest_upload', 'failed', now()),
      ('00000000-0000-4000-8000-0000000000a3', 'ingest_upload', 'running', now() - interval '2 days')`);
    await db.execute(sql`INSERT INTO job_uploads (job_id, position, file_name, content_type, data)
      SELECT job_id, 0, 'bericht.txt', 'text/plain', '\\x41'::bytea FROM job_progress`);
    await removeExpiredData(db);
    const left = await db.execute<{ job_id: string }>(sql`SELECT job_id FROM job_uploads ORDER BY job_id`);
    expect(left.rows.map((row) => row.job_id.slice(-2))).toEqual(['a2', 'a3']);
  });
});
