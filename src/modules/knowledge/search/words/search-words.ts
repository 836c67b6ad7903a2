import { loadGermanLexicon } from './german-compounds.js';
import { loadUkrainianDictionary } from './ukrainian-forms.js';

/**
 * Builds the word lists the search expands queries with (German compound parts, Ukrainian word
 * forms). They take seconds of CPU: built on the first search, that request and every other one
 * would wait, so the server builds them before it opens the database and starts listening
 * (blocking the event loop later would also let database connection attempts time out).
 */
export function preloadSearchWords(): void {
  loadGermanLexicon();
  loadUkrainianDictionary();
}
