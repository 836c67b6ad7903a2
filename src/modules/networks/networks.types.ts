/** How often a network meets. */
export type { NetworkCadence } from './networks.tables.js';
