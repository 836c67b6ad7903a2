/** Kinds of organisations and the legal bases of holding a person's data, named by other modules' schemas. */
export { ORGANIZATION_KINDS, type OrganizationKind } from './actors.types.js';
export { CONSENT_BASES } from './actors.types.js';
