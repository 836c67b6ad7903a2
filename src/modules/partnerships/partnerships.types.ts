/** Kinds of partnerships. */
export { PARTNERSHIP_KINDS, type PartnershipKind } from './partnerships.tables.js';
