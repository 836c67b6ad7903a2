import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS } from './plan-export-labels.js';
import { pdfFonts } from './plan-exports.js';

const missingIn = (data: Buffer, text: string) => {
  const font = fontkit.create(data);
  if (!('hasGlyphForCodePoint' in font)) throw new Error('expected a single font, not a collection');
  return [...new Set(text)].filter((character) => !/\s/.test(character) && !font.hasGlyphForCodePoint(character.codePointAt(0)!));
};

describe('the fonts of the PDF export', () => {
  // Dates, dashes, quotes and the letters of German and Ukrainian names, and every label the export writes.
  const used = `– „“ ‚‘ ’ ʼ € … · ß ä ö ü Ä Ö Ü й ї є ґ Й Ї Є Ґ і І 28.11.2023 ${Object.values(EXPORT_LABELS).flatMap((labels) => Object.values(labels)).join(' ')}`;

  it.each(['regular', 'bold'] as const)('%s has a glyph for every character the export writes', (weight) => {
    expect(missingIn(pdfFonts()[weight], used)).toEqual([]);
  });

  it('knows that arrows are missing, which is why the export writes none', () => {
    expect(missingIn(pdfFonts().regular, '→')).toEqual(['→']);
  });
});
