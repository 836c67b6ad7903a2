import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { exchangeOutcomes } from '../exchanges/exchange-program.tables.js';
import { exchanges } from '../exchanges/exchanges.tables.js';
import { actionPlans } from '../plans/plans.tables.js';
import { projects } from '../projects/projects.tables.js';

/** How one exchange relates to another, read from the first: the trip accompanies the congress. */
export const EXCHANGE_RELATION_KINDS = ['accompanies', 'follow_up_of', 'side_event_of'] as const;
export type ExchangeRelationKind = (typeof EXCHANGE_RELATION_KINDS)[number];

const linkColumns = () => ({
  id: primaryKey(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** An exchange that relates to another; belongs to (and is changed with) the first exchange. */
export const exchangeRelations = pgTable(
  'exchange_relations',
  {
    ...linkColumns(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EXCHANGE_RELATION_KINDS }).notNull(),
    relatedExchangeId: uuid('related_exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
  },
  (table) => [
    oneOf('exchange_relations_kind_check', table.kind, EXCHANGE_RELATION_KINDS),
    check('exchange_relations_not_self_check', sql`${table.exchangeId} <> ${table.relatedExchangeId}`),
    uniqueIndex('exchange_relations_pair_idx').on(table.exchangeId, table.relatedExchangeId),
    index('exchange_relations_related_idx').on(table.relatedExchangeId, table.createdAt),
  ],
);

/** An exchange held for a project, or one of its outcomes feeding into the project. */
export const exchangeProjects = pgTable(
  'exchange_projects',
  {
    ...linkColumns(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    outcomeId: uuid('outcome_id').references(() => exchangeOutcomes.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (table) => [
    uniqueIndex('exchange_projects_exchange_idx').on(table.exchangeId, table.projectId).where(sql`${table.outcomeId} IS NULL`),
    uniqueIndex('exchange_projects_outcome_idx').on(table.outcomeId, table.projectId),
    index('exchange_projects_project_idx').on(table.projectId, table.createdAt),
  ],
);

/** A project an action plan itself leads to or belongs with (not only through one of its measures). */
export const actionPlanProjects = pgTable(
  'action_plan_projects',
  {
    ...linkColumns(),
    actionPlanId: uuid('action_plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (table) => [uniqueIndex('action_plan_projects_pair_idx').on(table.actionPlanId, table.projectId), index('action_plan_projects_project_idx').on(table.projectId, table.createdAt)],
);
