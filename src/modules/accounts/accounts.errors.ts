import { conflictsOf } from '../../core/errors.js';

/** The conflicts of accounts: a change the current state of the records does not allow (HTTP 409). */
export const ACCOUNT_CONFLICTS = ['email_used_by_other', 'email_taken', 'email_confirmed_already'] as const;

export type AccountConflict = (typeof ACCOUNT_CONFLICTS)[number];

export const accountConflict = conflictsOf(ACCOUNT_CONFLICTS);
