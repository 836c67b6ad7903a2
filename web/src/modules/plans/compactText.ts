import type { LocalizedText } from '../../lib/api/types';

/** Leaves out languages without text, so the server gets only what was written. */
export function compactText(value: LocalizedText): Record<string, string> {
  return Object.fromEntries(Object.entries(value).flatMap(([language, text]) => (text && text.trim() !== '' ? [[language, text.trim()]] : [])));
}
