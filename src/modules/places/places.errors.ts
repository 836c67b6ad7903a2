import { conflictWith, type FieldIssue, type IssueParams } from '../../core/errors.js';

/** The conflicts of places: a change the current state of the records does not allow (HTTP 409). */
export const PLACE_CONFLICTS = [
  'place_referenced',
] as const;

export type PlaceConflict = (typeof PLACE_CONFLICTS)[number];

export const placeConflict = (code: PlaceConflict, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  conflictWith(code, message, params, issues);
