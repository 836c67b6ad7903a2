import type { ExtractionState } from './documentTypes';

/** Proposals are being found in the background: the page asks again until they are written. */
export function isExtracting(state: ExtractionState | undefined): boolean {
  return state === 'queued' || state === 'running';
}
