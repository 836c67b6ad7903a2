import type { Evidence, Sentence, TextSpan } from './extraction.types.js';

/**
 * The text with look-alike characters unified, every replacement one UTF-16 unit for one, so
 * offsets into it are offsets into the original: spaces of every kind → " ", dashes → "-",
 * typographic apostrophes → "’".
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[ʼ`´]/g, '’');
}

/** The index of the sentence holding an offset (the last sentence starting at or before it), -1 if none. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The sentence holding a stretch of text (the last sentence starting before it, if none holds it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/**
 * Context kept on either side of a proposal in its evidence. A text without full stops is one
 * sentence; quoting all of it beside every proposal would multiply the text by their number.
 */
export const MAX_EVIDENCE_CONTEXT = 500;

export function evidenceFor(sentences: readonly Sentence[], span: TextSpan): Evidence {
  const sentence = sentenceAt(sentences, span.start);
  if (!sentence) return { start: span.start, end: span.end, sentence: '', sentenceStart: span.start, sentenceEnd: span.end };
  const from = Math.max(sentence.start, Math.min(span.start, sentence.end) - MAX_EVIDENCE_CONTEXT);
  const to = Math.min(sentence.end, Math.max(span.end, from) + MAX_EVIDENCE_CONTEXT);
  if (from === sentence.start && to === sentence.end) {
    return { start: span.start, end: span.end, sentence: sentence.text, sentenceStart: sentence.start, sentenceEnd: sentence.end };
  }
  return { start: span.start, end: span.end, sentence: sentence.text.slice(from - sentence.start, to - sentence.start), sentenceStart: from, sentenceEnd: to };
}

const UPPER = /^\p{Lu}/u;
export const startsUpper = (word: string): boolean => UPPER.test(word);

export interface Token extends TextSpan {
  text: string;
}

/** Words (letters and digits, inner hyphens and apostrophes) with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)*)*['’]?/gu)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
