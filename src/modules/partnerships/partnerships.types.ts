/** Kinds of partnerships. */
export { PARTNERSHIP_KINDS, type PartnershipKind } from './partnerships.types.js';
