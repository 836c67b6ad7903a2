/** Kinds of organisations and the legal bases of holding a person's data, named by other modules' schemas. */
export { ORGANIZATION_KINDS, type OrganizationKind } from './organizations.tables.js';
export { CONSENT_BASES } from './people.tables.js';
