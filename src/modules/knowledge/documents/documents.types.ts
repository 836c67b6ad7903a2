/** Kinds, languages and extraction states of documents, and how a document is linked to a record. */
export { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, EXTRACTION_STATES, type DocumentKind, type DocumentLanguage, type LinkType } from './documents.tables.js';
