import { char, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, timestamps } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { exchangeDelegations, exchanges } from './exchanges.tables.js';

export const REGISTRATION_STATES = ['invited', 'registered', 'waitlisted', 'confirmed', 'attended', 'cancelled'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** The states that take one of the exchange's places. */
export const COUNTED_STATES: readonly RegistrationState[] = ['registered', 'confirmed', 'attended'];

/** A person taking part in an exchange, alone or as a member of a delegation. */
export const exchangeRegistrations = pgTable(
  'exchange_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    delegationId: uuid('delegation_id').references(() => exchangeDelegations.id, { onDelete: 'set null' }),
    /** The organization the person represents at this exchange. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    /** The country the person comes from for this exchange (ISO 3166-1 alpha-2), kept as it was then. */
    countryCode: char('country_code', { length: 2 }),
    state: text('state', { enum: REGISTRATION_STATES }).notNull(),
    /** When the person joined the queue: the waitlist is served oldest first. */
    registeredAt: timestamp('registered_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    invitedAt: timestamp('invited_at', { withTimezone: true, mode: 'date' }),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'date' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'date' }),
    /** SHA-256 of the secret in the invitation link; the link itself is never stored. */
    invitationTokenHash: text('invitation_token_hash'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (table) => [
    oneOf('exchange_registrations_state_check', table.state, REGISTRATION_STATES),
    uniqueIndex('exchange_registrations_person_idx').on(table.exchangeId, table.personId),
    index('exchange_registrations_queue_idx').on(table.exchangeId, table.registeredAt, table.id),
    index('exchange_registrations_state_idx').on(table.exchangeId, table.state, table.registeredAt, table.id),
    index('exchange_registrations_person_lookup_idx').on(table.personId),
    index('exchange_registrations_delegation_idx').on(table.delegationId),
    index('exchange_registrations_organization_idx').on(table.organizationId),
    uniqueIndex('exchange_registrations_invitation_idx').on(table.invitationTokenHash),
  ],
);

/** A secret address under which a calendar app reads the exchanges its user is registered for. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [uniqueIndex('calendar_feed_tokens_user_idx').on(table.userId), uniqueIndex('calendar_feed_tokens_hash_idx').on(table.tokenHash)],
);
