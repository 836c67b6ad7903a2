import { conflictsOf } from '../../core/errors.js';

/** The conflicts of visit programmes: a change the current state of the records does not allow (HTTP 409). */
export const PROGRAMME_CONFLICTS = ['programme_has_parts'] as const;

export type ProgrammeConflict = (typeof PROGRAMME_CONFLICTS)[number];

export const programmeConflict = conflictsOf(PROGRAMME_CONFLICTS);
