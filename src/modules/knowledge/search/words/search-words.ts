import { loadGermanLexicon } from './german-compounds.js';
import { loadUkrainianDictionary } from './ukrainian-forms.js';

/**
 * Builds the word lists the search expands queries with (German compound parts, Ukrainian word
 * forms) on the next turn of the event loop. They take seconds of CPU: built on a request, that
 * request and every other one would wait, so the server builds them while it starts.
 */
export function preloadSearchWords(): Promise<void> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        loadGermanLexicon();
        loadUkrainianDictionary();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
