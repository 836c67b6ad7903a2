import { conflictsOf } from '../../../core/errors.js';

/** The conflicts of reviewing proposals: a change the current state of the records does not allow (HTTP 409). */
export const REVIEW_CONFLICTS = ['proposal_decided', 'organization_exists'] as const;

export type ReviewConflict = (typeof REVIEW_CONFLICTS)[number];

export const reviewConflict = conflictsOf(REVIEW_CONFLICTS);
