/**
 * Characters PostgreSQL cannot store: NUL (refused in text and jsonb) and UTF-16 surrogates that
 * are not part of a pair (they have no UTF-8 encoding; in jsonb they fail as "unsupported Unicode
 * escape sequence"). With the `u` flag a paired surrogate is one code point, so only lone ones match.
 */
/* eslint-disable no-control-regex -- finding control characters is the point of these patterns */
const UNSTORABLE = /\u0000|\p{Cs}/u;
const UNSTORABLE_ALL = /\u0000|\p{Cs}/gu;
/** C0 control characters other than tab, line feed and carriage return. */
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/* eslint-enable no-control-regex */

/** Why the text cannot be stored, naming the first bad character and where it is; null when it can. */
export function unstorableCharacterIn(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  const where = `at character ${match.index + 1}`;
  if (match[0] === '\u0000') return `contains a NUL character (U+0000) ${where}, which cannot be stored; remove it`;
  return `contains a lone surrogate (${codePointName(match[0])}) ${where}, which is not a character; send well-formed UTF-8 text`;
}

/** The text with each unstorable character written as a visible escape (`\u0000`), e.g. to name a field. */
export function escapeUnstorable(text: string): string {
  return text.replace(UNSTORABLE_ALL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text read from a file (not typed by a person) made storable: NUL and the other C0 control
 * characters but tab and line breaks are dropped, and lone surrogates become U+FFFD, as when
 * decoding bytes that are not UTF-8.
 */
export function storableFileText(text: string): string {
  return text.replace(CONTROLS_BUT_LINE_BREAKS, '').replace(/\p{Cs}/gu, '\uFFFD');
}

const codePointName = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
