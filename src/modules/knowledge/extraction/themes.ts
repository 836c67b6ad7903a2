import keywords from './data/theme-keywords.json' with { type: 'json' };
import type { Sentence, ThemeProposal } from './extraction.types.js';
import { evidenceFor } from './text.js';

const THEMES = Object.entries(keywords.themes as Record<string, string[]>).map(([slug, patterns]) => ({
  slug,
  pattern: new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), 'giu'),
  lowerPattern: new RegExp(patterns.map((pattern) => `(?:${pattern.toLowerCase().replace(/\\p\{l\}/g, '\\p{L}')})`).join('|'), 'gu'),
}));

/** The theme slugs whose keywords occur in the text, in the order of their first keyword. */
export function findThemes(text: string, sentences: Sentence[]): ThemeProposal[] {
  const themes: ThemeProposal[] = [];
  // Matching the lower-cased text without the case-insensitive flag is several times faster;
  // the rare text whose length lower-casing changes is matched as it is.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  for (const { slug, pattern, lowerPattern } of THEMES) {
    const matches = [...(sameLength ? lower.matchAll(lowerPattern) : text.matchAll(pattern))];
    if (matches.length === 0) continue;
    const words = matches.map((match) => wordAround(text, match));
    themes.push({
      slug,
      keywords: [...new Map(words.map((word) => [word.text.toLowerCase(), word.text])).values()],
      hits: matches.length,
      evidence: evidenceFor(sentences, words[0]!),
    });
  }
  return themes.sort((a, b) => a.evidence.start - b.evidence.start);
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const isWordCharacter = (character: string | undefined) => character !== undefined && WORD_CHARACTER.test(character);
/** A hyphen inside a compound ("Quartiersmanagement-Büro") belongs to the word; one before a space does not. */
const joinsWords = (text: string, at: number) => text[at] === '-' && isWordCharacter(text[at - 1]) && isWordCharacter(text[at + 1]);

/**
 * The whole words a person reads where a keyword matched: a keyword is often a stem or a part of
 * a compound ("quartiersmanage"), so the match grows to the words around it, as written in the text.
 */
function wordAround(text: string, match: RegExpMatchArray): { start: number; end: number; text: string } {
  let start = match.index!;
  let end = start + match[0].length;
  while (start > 0 && (isWordCharacter(text[start - 1]) || joinsWords(text, start - 1))) start -= 1;
  while (end < text.length && (isWordCharacter(text[end]) || joinsWords(text, end))) end += 1;
  return { start, end, text: text.slice(start, end) };
}
