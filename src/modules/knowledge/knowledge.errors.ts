import { conflictWith, type FieldIssue, type IssueParams } from '../../core/errors.js';

/** The conflicts of documents and their review: a change the current state of the records does not allow (HTTP 409). */
export const KNOWLEDGE_CONFLICTS = [
  'proposal_decided',
  'organization_exists',
  'document_text_exists',
] as const;

export type KnowledgeConflict = (typeof KNOWLEDGE_CONFLICTS)[number];

export const knowledgeConflict = (code: KnowledgeConflict, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  conflictWith(code, message, params, issues);
