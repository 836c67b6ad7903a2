import type { TextSpan } from './extraction.types.js';

/**
 * Spans of a text sorted by their start, with the furthest end reached so far at each, so that
 * "which span holds this stretch" and "which span overlaps it" need no scan of them all.
 */
export class SpanIndex<T extends TextSpan> {
  private readonly sorted: { span: T; order: number }[];
  private readonly furthestEnd: number[] = [];

  constructor(spans: readonly T[]) {
    this.sorted = spans.map((span, order) => ({ span, order })).sort((a, b) => a.span.start - b.span.start);
    let furthest = -Infinity;
    for (const { span } of this.sorted) this.furthestEnd.push((furthest = Math.max(furthest, span.end)));
  }

  /** Whether a span starts at or before `start` and ends at or after `end`. */
  covers(start: number, end: number): boolean {
    const last = this.lastStartingBefore(start + 1);
    return last >= 0 && this.furthestEnd[last]! >= end;
  }

  /** Of the spans overlapping start..end, the one given first. */
  firstOverlapping(start: number, end: number): T | undefined {
    let first: { span: T; order: number } | undefined;
    for (let index = this.lastStartingBefore(end); index >= 0 && this.furthestEnd[index]! > start; index--) {
      const entry = this.sorted[index]!;
      if (entry.span.end > start && (!first || entry.order < first.order)) first = entry;
    }
    return first?.span;
  }

  /** The last position in sorted order of a span starting before `offset`, -1 if none. */
  private lastStartingBefore(offset: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]!.span.start < offset) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}
