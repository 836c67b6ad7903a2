/** What an API token may do. */
export { TOKEN_SCOPES, type TokenScope } from './api-tokens.tables.js';
