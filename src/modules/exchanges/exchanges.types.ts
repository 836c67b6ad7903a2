/** Kinds of exchanges and the roles organisations take in them, named by other modules' schemas. */
export { EXCHANGE_KINDS, ORGANIZATION_ROLES, type ExchangeKind, type OrganizationRole } from './exchanges.tables.js';
