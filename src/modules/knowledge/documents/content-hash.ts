import { createHash } from 'node:crypto';

/** The text with line ends unified and runs of spaces and blank lines reduced, as it is kept. */
export function tidyText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * SHA-256 of a text with all white space collapsed and in Unicode normal form C: the same report
 * pasted again, or ingested from another file, has the same hash. Null for an empty text.
 */
export function contentHash(text: string): string | null {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return normalized === '' ? null : createHash('sha256').update(normalized, 'utf8').digest('hex');
}

/** A heading line without its Markdown marks: "# Study visit" → "Study visit". */
export function withoutHeadingMarks(line: string): string {
  return line.replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, '').trim();
}

/** A title from the first line of a text: at most 200 characters, cut at a word. */
export function titleFromText(text: string): string | null {
  const line = text
    .split('\n')
    .map((candidate) => withoutHeadingMarks(candidate.trim()))
    .find((candidate) => candidate.length > 0);
  if (!line) return null;
  if (line.length <= 200) return line;
  const cut = line.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 120 ? cut.slice(0, space) : cut).trim()} …`;
}
