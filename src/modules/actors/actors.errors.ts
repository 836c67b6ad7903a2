import { conflictsOf } from '../../core/errors.js';

/** The conflicts of people and organisations: a change the current state of the records does not allow (HTTP 409). */
export const ACTOR_CONFLICTS = ['person_erased', 'organization_referenced'] as const;

export type ActorConflict = (typeof ACTOR_CONFLICTS)[number];

export const actorConflict = conflictsOf(ACTOR_CONFLICTS);
