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
    const first = matches[0]!;
    themes.push({
      slug,
      keywords: [...new Set(matches.map((match) => match[0].toLowerCase()))],
      hits: matches.length,
      evidence: evidenceFor(sentences, { start: first.index, end: first.index + first[0].length }),
    });
  }
  return themes.sort((a, b) => a.evidence.start - b.evidence.start);
}
