import { CORE_CONFLICTS, ERROR_CODES } from './core/errors.js';
import { ACCOUNT_CONFLICTS } from './modules/accounts/accounts.errors.js';
import { ACTOR_CONFLICTS } from './modules/actors/actors.errors.js';
import { EXCHANGE_CONFLICTS } from './modules/exchanges/exchanges.errors.js';
import { DOCUMENT_CONFLICTS } from './modules/knowledge/documents/documents.errors.js';
import { REVIEW_CONFLICTS } from './modules/knowledge/review/review.errors.js';
import { MERGE_CONFLICTS } from './modules/merging/merging.errors.js';
import { OPEN_DATA_PROBLEMS } from './modules/open-data/open-data.errors.js';
import { PLACE_CONFLICTS } from './modules/places/places.errors.js';
import { PLAN_CONFLICTS } from './modules/plans/plans.errors.js';
import { PROGRAMME_CONFLICTS } from './modules/programmes/programmes.errors.js';
import { THEME_CONFLICTS } from './modules/themes/themes.errors.js';
import { WORKSPACE_CONFLICTS } from './modules/workspaces/workspaces.errors.js';

/** Every `code` a problem document can carry: the kinds of the core and each module's own catalogue. */
export const PROBLEM_CODES: readonly string[] = [
  ...ERROR_CODES,
  ...CORE_CONFLICTS,
  ...ACCOUNT_CONFLICTS,
  ...ACTOR_CONFLICTS,
  ...EXCHANGE_CONFLICTS,
  ...REVIEW_CONFLICTS,
  ...DOCUMENT_CONFLICTS,
  ...MERGE_CONFLICTS,
  ...OPEN_DATA_PROBLEMS,
  ...PLACE_CONFLICTS,
  ...PLAN_CONFLICTS,
  ...PROGRAMME_CONFLICTS,
  ...THEME_CONFLICTS,
  ...WORKSPACE_CONFLICTS,
];
