import { conflictsOf } from '../../core/errors.js';

/** What the state of an introduction does not allow (HTTP 409), each with words in the UI. */
export const INTRODUCTION_CONFLICTS = ['introduction_exists', 'introduction_not_open', 'introduction_already_answered', 'introduction_not_accepted', 'introduction_not_met', 'introduction_without_parties'] as const;

export type IntroductionConflict = (typeof INTRODUCTION_CONFLICTS)[number];

export const introductionConflict = conflictsOf(INTRODUCTION_CONFLICTS);
