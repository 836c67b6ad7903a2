import type { ExtractionState } from './documentApi';
import { isExtracting } from './isExtracting';

/** How often a page asks for the state of an extraction that runs in the background. */
const POLL_MS = 1500;

/** A `refetchInterval` for TanStack Query: polls only while any of the states is still extracting. */
export function extractionPollInterval(states: (ExtractionState | undefined)[]): number | false {
  return states.some(isExtracting) ? POLL_MS : false;
}
