let context: CanvasRenderingContext2D | null | undefined;

/** How wide `text` is drawn in `font`; an estimate where the browser cannot measure. */
function measure(text: string, font: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
}

/**
 * The text, cut with "…" where it would be wider than `maxWidth` pixels in `font`. Measured, not
 * counted: Cyrillic and German letters differ too much in width for a count of characters to fit.
 */
export function shortenToWidth(text: string, maxWidth: number, font: string): string {
  if (measure(text, font) <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && measure(`${text.slice(0, end).trimEnd()}…`, font) > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
