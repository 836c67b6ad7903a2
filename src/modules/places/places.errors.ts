import { conflictsOf } from '../../core/errors.js';

/** The conflicts of places: a change the current state of the records does not allow (HTTP 409). */
export const PLACE_CONFLICTS = ['place_referenced'] as const;

export type PlaceConflict = (typeof PLACE_CONFLICTS)[number];

export const placeConflict = conflictsOf(PLACE_CONFLICTS);
