// What other modules use of the extraction without loading its rules and data: the text helpers
// the documents module applies to a document's own text, and extraction off the event loop.
export { detectLanguage } from './language.js';
export { splitSentences } from './sentences.js';
export { normalizeText } from './text.js';
export { findTitle } from './title.js';
export { findDateline } from './dateline.js';
export { extractOffThread } from './extraction-threads.js';
