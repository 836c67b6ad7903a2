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
});
