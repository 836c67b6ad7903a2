import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, time, uuid } from 'drizzle-orm/pg-core';
import { oneOf, timestamps, type LocalizedText } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { people } from '../actors/people.tables.js';
import { projectGroups } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { themes } from '../themes/themes.tables.js';
import { exchanges } from './exchanges.tables.js';

/** The fields an exchange is about. */
export const exchangeThemes = pgTable(
  'exchange_themes',
  {
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (table) => [primaryKey({ columns: [table.exchangeId, table.themeId] }), index('exchange_themes_theme_idx').on(table.themeId)],
);

/** A stop of a trip: a town on given days, with the sites visited there. */
export const exchangeStops = pgTable(
  'exchange_stops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** What was visited there, each in several languages. */
    siteVisits: jsonb('site_visits').$type<LocalizedText[]>().notNull().default([]),
    note: jsonb('note').$type<LocalizedText>().notNull().default({}),
  },
  (table) => [
    check('exchange_stops_dates_check', sql`${table.endDate} >= ${table.startDate}`),
    index('exchange_stops_exchange_idx').on(table.exchangeId, table.position),
    index('exchange_stops_place_idx').on(table.placeId),
  ],
);

export const SESSION_KINDS = ['talk', 'discussion', 'workshop', 'project_group', 'walking_tour', 'site_visit', 'reception', 'break'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** One item of an exchange's agenda, its time meant in the exchange's time zone. */
export const agendaSessions = pgTable(
  'agenda_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    startsAt: time('starts_at'),
    endsAt: time('ends_at'),
    kind: text('kind', { enum: SESSION_KINDS }).notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    themeId: uuid('theme_id').references(() => themes.id),
    facilitatorPersonId: uuid('facilitator_person_id').references(() => people.id, { onDelete: 'set null' }),
    projectGroupId: uuid('project_group_id').references(() => projectGroups.id, { onDelete: 'set null' }),
    room: text('room'),
    ...timestamps(),
  },
  (table) => [
    oneOf('agenda_sessions_kind_check', table.kind, SESSION_KINDS),
    check('agenda_sessions_times_check', sql`${table.endsAt} IS NULL OR ${table.startsAt} IS NULL OR ${table.endsAt} > ${table.startsAt}`),
    check('agenda_sessions_end_needs_start_check', sql`${table.endsAt} IS NULL OR ${table.startsAt} IS NOT NULL`),
    index('agenda_sessions_exchange_idx').on(table.exchangeId, table.day, table.startsAt),
    index('agenda_sessions_facilitator_idx').on(table.facilitatorPersonId),
  ],
);

export const OUTCOME_KINDS = ['decision', 'idea', 'task'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** What an exchange produced: a decision, an idea, or a task with an owner and a due date. */
export const exchangeOutcomes = pgTable(
  'exchange_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: OUTCOME_KINDS }).notNull(),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status', { enum: OUTCOME_STATUSES }).notNull().default('open'),
    themeId: uuid('theme_id').references(() => themes.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (table) => [
    oneOf('exchange_outcomes_kind_check', table.kind, OUTCOME_KINDS),
    oneOf('exchange_outcomes_status_check', table.status, OUTCOME_STATUSES),
    index('exchange_outcomes_exchange_idx').on(table.exchangeId, table.createdAt),
    index('exchange_outcomes_owner_idx').on(table.ownerPersonId, table.dueOn),
  ],
);
