/** User accounts as other modules look them up: who invited, who recorded a consent, a workspace's members. */
export { findDisplayNames, findUserById, findUserSummaries, userIsEnabledSql } from './users.repository.js';
