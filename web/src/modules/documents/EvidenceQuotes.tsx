import type { Evidence } from './documentApi';

interface Quote {
  start: number;
  end: number;
  marks: { start: number; end: number }[];
}

/** The sentences of the evidence, each once, with every passage found in it. */
function quotesOf(evidence: Evidence[], length: number): Quote[] {
  const quotes = new Map<string, Quote>();
  for (const item of evidence) {
    const start = Math.max(item.sentenceStart, 0);
    const end = Math.min(item.sentenceEnd, length);
    const key = `${start}:${end}`;
    const quote = quotes.get(key) ?? { start, end, marks: [] };
    const markStart = Math.min(Math.max(item.start, start), end);
    const markEnd = Math.min(Math.max(item.end, markStart), end);
    if (markEnd > markStart && !quote.marks.some((mark) => mark.start < markEnd && markStart < mark.end)) quote.marks.push({ start: markStart, end: markEnd });
    quotes.set(key, quote);
  }
  return [...quotes.values()].map((quote) => ({ ...quote, marks: quote.marks.sort((a, b) => a.start - b.start) }));
}

/** The sentences a proposal came from, the words found marked (as text, never markup). */
export function EvidenceQuotes({ text, evidence, language }: { text: string; evidence: Evidence[]; language: string }) {
  return (
    <>
      {quotesOf(evidence, text.length).map((quote) => {
        const parts = [];
        let at = quote.start;
        for (const mark of quote.marks) {
          parts.push(text.slice(at, mark.start), <mark key={mark.start}>{text.slice(mark.start, mark.end)}</mark>);
          at = mark.end;
        }
        parts.push(text.slice(at, quote.end));
        return (
          <blockquote key={`${quote.start}:${quote.end}`} className="kern-body evidence" lang={language}>
            {parts}
          </blockquote>
        );
      })}
    </>
  );
}
