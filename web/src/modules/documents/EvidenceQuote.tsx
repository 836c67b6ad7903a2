import type { Evidence } from './reviewTypes';

/** The sentence a proposal came from, the words found marked. */
export function EvidenceQuote({ text, evidence, language }: { text: string; evidence: Evidence; language: string }) {
  const start = Math.max(evidence.sentenceStart, 0);
  const end = Math.min(evidence.sentenceEnd, text.length);
  const markStart = Math.min(Math.max(evidence.start, start), end);
  const markEnd = Math.min(Math.max(evidence.end, markStart), end);
  return (
    <blockquote className="kern-body evidence" lang={language}>
      {text.slice(start, markStart)}
      {markEnd > markStart && <mark>{text.slice(markStart, markEnd)}</mark>}
      {text.slice(markEnd, end)}
    </blockquote>
  );
}
