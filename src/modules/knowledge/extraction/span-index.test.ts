import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanIndex } from './span-index.js';

const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 20 })).map(([start, length]) => ({ start, end: start + length }));

describe('SpanIndex', () => {
  it('answers as a scan of all spans would', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 15 }), fc.array(span, { maxLength: 10 }), (spans, queries) => {
        const index = new SpanIndex(spans);
        for (const { start, end } of queries) {
          expect(index.covers(start, end)).toBe(spans.some((other) => other.start <= start && other.end >= end));
          expect(index.firstOverlapping(start, end)).toBe(spans.find((other) => other.start < end && other.end > start));
        }
      }),
    );
  });
});
