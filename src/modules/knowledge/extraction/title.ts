import { findDateline } from './dateline.js';
import type { Sentence, TitleProposal } from './extraction.types.js';
import { evidenceFor } from './text.js';

/** Lines of web pages that are not a report's title. */
const BOILERPLATE =
  /^(?:navigation|service|menü|menu|startseite|home|suche|search|drucken|print|teilen|share|zurück|back|inhalt|content|news|aktuelles|presse|pressemitteilung|press release|meldung|foto|bild|quelle|source|photo|image|\d+\s*kommentare?|keine kommentare|comments?)\b/i;
const DATE_LINE = /^[\d\s.,/:-]+$|^\p{L}+,?\s+\d{1,2}\.?\s+\p{L}+\s+\d{4}$|^\d{1,2}\.?\s+\p{L}+\s+\d{4}$/u;

const MAX_WORDS = 12;

/**
 * The headline: the first short line of its own near the top that does not end like a sentence
 * and is not a date or a web page's navigation. Without one, the first sentence, cut after a
 * dozen words. A news item's dateline ("Leipzig, 12. Mai 2025.") is neither: the title comes
 * from what follows it.
 */
export function findTitle(text: string, sentences: Sentence[]): TitleProposal | null {
  const newsFrom = findDateline(text)?.end ?? 0;
  let offset = 0;
  let lines = 0;
  for (const whole of text.split('\n')) {
    const lineStart = offset;
    offset += whole.length + 1;
    const line = newsFrom > lineStart ? whole.slice(Math.min(newsFrom - lineStart, whole.length)) : whole;
    const start = offset - 1 - line.length + (line.length - line.trimStart().length);
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (++lines > 6 || trimmed.length > 160) break;
    const words = trimmed.split(/\s+/).length;
    if (DATE_LINE.test(trimmed) || BOILERPLATE.test(trimmed) || trimmed.length < 6) continue;
    if (/[.:;,]$/.test(trimmed) && !/\.{3}$|…$/.test(trimmed)) break;
    if (/^(?:[A-Z0-9_-]+\d[\w-]*|[\w-]+\.(?:jpe?g|png|gif))$/i.test(trimmed)) continue;
    if (words > 20) break;
    return { title: trimmed, source: 'headline', evidence: evidenceFor(sentences, { start, end: start + trimmed.length }) };
  }
  const first = sentences.find((sentence) => sentence.end > newsFrom && !DATE_LINE.test(sentence.text) && !BOILERPLATE.test(sentence.text));
  if (!first) return null;
  const from = Math.max(first.start, newsFrom);
  const sentence = text.slice(from, first.end).trim();
  const words = sentence.replace(/\s+/g, ' ').split(' ');
  const title = words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ').replace(/[,;:–-]+$/, '')} …` : sentence.replace(/\s+/g, ' ');
  return { title, source: 'first-sentence', evidence: evidenceFor(sentences, { start: from, end: first.end }) };
}
