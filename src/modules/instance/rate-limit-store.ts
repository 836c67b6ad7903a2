import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Options the plugin passes; for a route's own store they name the route. */
interface StoreOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * A store for @fastify/rate-limit that keeps counters in PostgreSQL, so limits hold across
 * every app server behind a load balancer (no Redis needed). Keys are prefixed per route.
 */
export function postgresRateLimitStore(db: Db) {
  return class PostgresRateLimitStore {
    private readonly prefix: string;

    constructor(options: object = {}) {
      const { routeInfo } = options as StoreOptions;
      this.prefix = routeInfo ? `${String(routeInfo.method)} ${routeInfo.url}|` : '';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      db.execute<{ hits: number; ttl: number }>(sql`
        INSERT INTO rate_limit_counters (key, hits, window_ends_at)
        VALUES (${this.prefix + key}, 1, now() + make_interval(secs => ${timeWindow / 1000}))
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN rate_limit_counters.window_ends_at <= now() THEN 1 ELSE rate_limit_counters.hits + 1 END,
          window_ends_at = CASE WHEN rate_limit_counters.window_ends_at <= now() THEN excluded.window_ends_at
                                ELSE rate_limit_counters.window_ends_at END
        RETURNING hits, greatest(0, ceil(extract(epoch FROM window_ends_at - now()) * 1000))::int AS ttl`)
        .then((result) => {
          const row = result.rows[0]!;
          callback(null, { current: row.hits, ttl: row.ttl });
          if (Math.random() < 0.01) void this.removeExpired();
        })
        .catch((error: Error) => callback(error));
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      db.execute<{ hits: number; ttl: number }>(sql`
        SELECT hits, greatest(0, ceil(extract(epoch FROM window_ends_at - now()) * 1000))::int AS ttl
        FROM rate_limit_counters WHERE key = ${this.prefix + key} AND window_ends_at > now()`)
        .then((result) => {
          const row = result.rows[0];
          callback(null, row ? { current: row.hits, ttl: row.ttl } : { current: 0, ttl: timeWindow });
        })
        .catch((error: Error) => callback(error));
    }

    child(routeOptions: object) {
      return new PostgresRateLimitStore(routeOptions as StoreOptions);
    }

    private async removeExpired(): Promise<void> {
      await db.execute(sql`DELETE FROM rate_limit_counters WHERE window_ends_at < now() - interval '1 hour'`).catch(() => {});
    }
  };
}
