/** The states of an action plan. */
export type { PlanStatus } from './plans.tables.js';
