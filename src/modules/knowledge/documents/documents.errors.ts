import { conflictWith, type FieldIssue, type IssueParams } from '../../../core/errors.js';

/** The conflicts of documents: a change the current state of the records does not allow (HTTP 409). */
export const DOCUMENT_CONFLICTS = ['document_text_exists'] as const;

export type DocumentConflict = (typeof DOCUMENT_CONFLICTS)[number];

export const documentConflict = (code: DocumentConflict, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  conflictWith(code, message, params, issues);
