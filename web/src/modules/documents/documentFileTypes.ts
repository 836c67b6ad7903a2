/** The files a document's text can be read from, as a file input's `accept`. */
export const DOCUMENT_FILE_TYPES = '.pdf,.txt,.md,application/pdf,text/plain,text/markdown';
