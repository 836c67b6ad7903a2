import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Secrets every app server of an installation must share (e.g. the key signing cookies),
 * generated at first start and kept in the database, so servers behind a load balancer agree.
 */
export const instanceSecrets = pgTable('instance_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** Request counters of rate limits, shared by all app servers of an installation. */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true, mode: 'date' }).notNull(),
});
