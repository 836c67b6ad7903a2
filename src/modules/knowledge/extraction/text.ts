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

/** The sentence holding a stretch of text (the last sentence starting before it, if none holds it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  let found: Sentence | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (sentence.start <= offset) {
      found = sentence;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  const sentence = sentenceAt(sentences, offset);
  return sentence ? sentences.indexOf(sentence) : -1;
}

export function evidenceFor(sentences: readonly Sentence[], span: TextSpan): Evidence {
  const sentence = sentenceAt(sentences, span.start);
  return {
    start: span.start,
    end: span.end,
    sentence: sentence?.text ?? '',
    sentenceStart: sentence?.start ?? span.start,
    sentenceEnd: sentence?.end ?? span.end,
  };
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
