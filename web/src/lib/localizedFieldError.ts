import { fieldError } from './fieldError';

/** `text` (a sentence in the user's language) when the server found a problem with `field`. */
export function localizedFieldError(error: unknown, field: string, text: string): string | undefined {
  return fieldError(error, field) !== undefined ? text : undefined;
}
