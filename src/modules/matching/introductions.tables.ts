import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, primaryKey, timestamps } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { exchanges } from '../exchanges/exchanges.tables.js';
import { partnerships } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { workspaces } from '../workspaces/workspaces.tables.js';
import { matchingItems, matchingProfiles, SOUGHT_PARTNERSHIP_TYPES } from './matching.tables.js';

/** requested → accepted (a first meeting exists) → met → partnered; or declined by a side. */
export const INTRODUCTION_STATES = ['requested', 'accepted', 'met', 'partnered', 'declined'] as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[number];

export const INTRODUCTION_ANSWERS = ['pending', 'accepted', 'declined'] as const;
export type IntroductionAnswer = (typeof INTRODUCTION_ANSWERS)[number];

/**
 * A request to introduce one profile's side to another's. `workspace_id` asked for it: the
 * requesting side itself, or an agency brokering between two others (then both sides answer).
 * Who the sides are (place, organisation or person) is kept on the row, so a side that may not
 * read the other's profile still knows whom it meets; nothing else of the profile is copied.
 */
export const matchingIntroductions = pgTable(
  'matching_introductions',
  {
    id: primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    fromProfileId: uuid('from_profile_id').references(() => matchingProfiles.id, { onDelete: 'set null' }),
    fromWorkspaceId: uuid('from_workspace_id')
      .notNull()
      .references(() => workspaces.id),
    fromPlaceId: uuid('from_place_id').references(() => places.id),
    fromOrganizationId: uuid('from_organization_id').references(() => organizations.id),
    fromPersonId: uuid('from_person_id').references(() => people.id),
    toProfileId: uuid('to_profile_id').references(() => matchingProfiles.id, { onDelete: 'set null' }),
    toWorkspaceId: uuid('to_workspace_id')
      .notNull()
      .references(() => workspaces.id),
    toPlaceId: uuid('to_place_id').references(() => places.id),
    toOrganizationId: uuid('to_organization_id').references(() => organizations.id),
    toPersonId: uuid('to_person_id').references(() => people.id),
    /** The need the introduction answers, if it started from one. */
    needId: uuid('need_id').references(() => matchingItems.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    proposedDate: date('proposed_date', { mode: 'string' }),
    state: text('state', { enum: INTRODUCTION_STATES }).notNull().default('requested'),
    fromAnswer: text('from_answer', { enum: INTRODUCTION_ANSWERS }).notNull().default('pending'),
    fromAnswerMessage: text('from_answer_message'),
    toAnswer: text('to_answer', { enum: INTRODUCTION_ANSWERS }).notNull().default('pending'),
    toAnswerMessage: text('to_answer_message'),
    meetingExchangeId: uuid('meeting_exchange_id').references(() => exchanges.id, { onDelete: 'set null' }),
    meetingDate: date('meeting_date', { mode: 'string' }),
    partnershipType: text('partnership_type', { enum: SOUGHT_PARTNERSHIP_TYPES }),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (table) => [
    oneOf('matching_introductions_state_check', table.state, INTRODUCTION_STATES),
    oneOf('matching_introductions_from_answer_check', table.fromAnswer, INTRODUCTION_ANSWERS),
    oneOf('matching_introductions_to_answer_check', table.toAnswer, INTRODUCTION_ANSWERS),
    exactlyOne('matching_introductions_from_check', table.fromPlaceId, table.fromOrganizationId, table.fromPersonId),
    exactlyOne('matching_introductions_to_check', table.toPlaceId, table.toOrganizationId, table.toPersonId),
    check('matching_introductions_two_sides_check', sql`${table.fromWorkspaceId} <> ${table.toWorkspaceId}`),
    check(
      'matching_introductions_partnership_type_check',
      sql`${table.partnershipType} IS NULL OR ${table.partnershipType} IN (${sql.raw(SOUGHT_PARTNERSHIP_TYPES.map((value) => `'${value}'`).join(', '))})`,
    ),
    index('matching_introductions_workspace_idx').on(table.workspaceId, table.state),
    index('matching_introductions_from_workspace_idx').on(table.fromWorkspaceId),
    index('matching_introductions_to_workspace_idx').on(table.toWorkspaceId),
    index('matching_introductions_pair_idx').on(table.fromProfileId, table.toProfileId),
  ],
);
