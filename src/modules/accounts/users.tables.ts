import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, timestamps } from '../../core/db/columns.js';

export const UI_LANGUAGES = ['de', 'en', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const users = pgTable(
  'users',
  {
    id: primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    language: text('language', { enum: UI_LANGUAGES }).notNull().default('de'),
    /** argon2id; null for accounts that only sign in through single sign-on. */
    passwordHash: text('password_hash'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true, mode: 'date' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('users_email_idx').on(sql`lower(${table.email})`),
    oneOf('users_language_check', table.language, UI_LANGUAGES),
  ],
);
