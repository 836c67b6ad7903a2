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
 * dozen words.
 */
export function findTitle(text: string, sentences: Sentence[]): TitleProposal | null {
  let offset = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
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
  const first = sentences.find((sentence) => !DATE_LINE.test(sentence.text) && !BOILERPLATE.test(sentence.text));
  if (!first) return null;
  const words = first.text.replace(/\s+/g, ' ').split(' ');
  const title = words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ').replace(/[,;:–-]+$/, '')} …` : first.text.replace(/\s+/g, ' ');
  return { title, source: 'first-sentence', evidence: evidenceFor(sentences, { start: first.start, end: first.end }) };
}
