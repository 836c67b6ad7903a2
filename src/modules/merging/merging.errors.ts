import { conflictsOf } from '../../core/errors.js';

/** The conflicts of merges: a change the current state of the records does not allow (HTTP 409). */
export const MERGE_CONFLICTS = ['merge_undone_already', 'merge_not_undoable'] as const;

export type MergeConflict = (typeof MERGE_CONFLICTS)[number];

export const mergeConflict = conflictsOf(MERGE_CONFLICTS);
