import { conflictWith, type FieldIssue, type IssueParams } from '../../core/errors.js';

/** The conflicts of themes: a change the current state of the records does not allow (HTTP 409). */
export const THEME_CONFLICTS = [
  'theme_referenced',
] as const;

export type ThemeConflict = (typeof THEME_CONFLICTS)[number];

export const themeConflict = (code: ThemeConflict, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  conflictWith(code, message, params, issues);
