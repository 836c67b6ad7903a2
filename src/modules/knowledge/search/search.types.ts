/** The kinds of records the search finds. */
export type { SearchType } from './search.tables.js';
