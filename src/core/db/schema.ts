// Every table of every module, for drizzle-kit and for typed queries.
export * from '../../modules/accounts/users.tables.js';
export * from '../../modules/accounts/accounts.tables.js';
export * from '../../modules/instance/instance.tables.js';
export * from '../../modules/mail/mail.tables.js';
export * from '../../modules/audit/audit.tables.js';
export * from '../../modules/api-tokens/api-tokens.tables.js';
export * from '../../modules/workspaces/workspaces.tables.js';
export * from '../../modules/places/places.tables.js';
export * from '../../modules/actors/organizations.tables.js';
export * from '../../modules/partnerships/partnerships.tables.js';
export * from '../../modules/networks/networks.tables.js';
export * from '../../modules/exchanges/exchanges.tables.js';
export * from '../../modules/actors/people.tables.js';
export * from '../../modules/themes/themes.tables.js';
export * from '../../modules/exchanges/exchange-program.tables.js';
export * from '../../modules/exchanges/registrations.tables.js';
