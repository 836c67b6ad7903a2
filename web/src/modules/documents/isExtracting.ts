import type { ExtractionState } from './documentApi';

/** Proposals are being found in the background: the page asks again until they are written. */
export function isExtracting(state: ExtractionState | undefined): boolean {
  return state === 'queued' || state === 'running';
}
