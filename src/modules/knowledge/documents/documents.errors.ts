import { conflictsOf } from '../../../core/errors.js';

/** The conflicts of documents: a change the current state of the records does not allow (HTTP 409). */
export const DOCUMENT_CONFLICTS = ['document_text_exists'] as const;

export type DocumentConflict = (typeof DOCUMENT_CONFLICTS)[number];

export const documentConflict = conflictsOf(DOCUMENT_CONFLICTS);
