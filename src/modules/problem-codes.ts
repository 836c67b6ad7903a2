import { CORE_CONFLICTS, ERROR_CODES } from '../core/errors.js';
import { ACCOUNT_CONFLICTS } from './accounts/accounts.errors.js';
import { ACTOR_CONFLICTS } from './actors/actors.errors.js';
import { EXCHANGE_CONFLICTS } from './exchanges/exchanges.errors.js';
import { KNOWLEDGE_CONFLICTS } from './knowledge/knowledge.errors.js';
import { INTRODUCTION_CONFLICTS } from './matching/introductions.errors.js';
import { MERGE_CONFLICTS } from './merging/merging.errors.js';
import { OPEN_DATA_PROBLEMS } from './open-data/open-data.errors.js';
import { PLACE_CONFLICTS } from './places/places.errors.js';
import { PLAN_CONFLICTS } from './plans/plans.errors.js';
import { PROGRAMME_CONFLICTS } from './programmes/programmes.errors.js';
import { THEME_CONFLICTS } from './themes/themes.errors.js';
import { WORKSPACE_CONFLICTS } from './workspaces/workspaces.errors.js';

/** Every `code` a problem document can carry: the kinds of the core and each module's own catalogue. */
export const PROBLEM_CODES: readonly string[] = [
  ...ERROR_CODES,
  ...CORE_CONFLICTS,
  ...ACCOUNT_CONFLICTS,
  ...ACTOR_CONFLICTS,
  ...EXCHANGE_CONFLICTS,
  ...KNOWLEDGE_CONFLICTS,
  ...INTRODUCTION_CONFLICTS,
  ...MERGE_CONFLICTS,
  ...OPEN_DATA_PROBLEMS,
  ...PLACE_CONFLICTS,
  ...PLAN_CONFLICTS,
  ...PROGRAMME_CONFLICTS,
  ...THEME_CONFLICTS,
  ...WORKSPACE_CONFLICTS,
];
