import { conflictsOf } from '../../core/errors.js';

/** The conflicts of plans: a change the current state of the records does not allow (HTTP 409). */
export const PLAN_CONFLICTS = ['plan_not_agreed', 'plan_not_draft', 'side_agreed_already', 'agreement_needs_other_person', 'plan_transition_not_allowed', 'priority_has_measures', 'active_plan_not_deleted'] as const;

export type PlanConflict = (typeof PLAN_CONFLICTS)[number];

export const planConflict = conflictsOf(PLAN_CONFLICTS);
