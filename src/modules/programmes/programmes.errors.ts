import { conflictWith, type FieldIssue, type IssueParams } from '../../core/errors.js';

/** The conflicts of visit programmes: a change the current state of the records does not allow (HTTP 409). */
export const PROGRAMME_CONFLICTS = ['programme_has_parts'] as const;

export type ProgrammeConflict = (typeof PROGRAMME_CONFLICTS)[number];

export const programmeConflict = (code: ProgrammeConflict, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  conflictWith(code, message, params, issues);
