import { text } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvStringifier } from './csv-export.js';
import { parseCsvRows } from './csv-rows.js';
import { spreadsheetSafe, withoutSpreadsheetQuote } from './spreadsheet-safe.js';

const writeCsv = (headers: string[], rows: (string | number)[][]) => text(Readable.from(rows).pipe(csvStringifier(headers)));

describe('spreadsheet-safe CSV cells', () => {
  it('puts a quote before text a spreadsheet would run as a formula, and nothing else', () => {
    for (const formula of ['=HYPERLINK("https://evil.example","klick")', '+49 341 123', '-1+1', '@SUM(A1)', '\tx', '\rx']) {
      expect(spreadsheetSafe(formula)).toBe(`'${formula}`);
    }
    for (const plain of ['Stadt Leipzig', "'s-Hertogenbosch", 'a=b', '', '5', 'Київ']) expect(spreadsheetSafe(plain)).toBe(plain);
  });

  it('writes numbers as numbers and neutralises text cells, headers included', async () => {
    const csv = await writeCsv(['name', 'value'], [['=1+1', -5], ['-5', -1.5], ['Grünau', 12]]);
    expect(csv.replace(/^\uFEFF/, '').split('\n')).toEqual(['name;value', "'=1+1;-5", "'-5;-1.5", 'Grünau;12', '']);
  });

  it('reads an exported cell back as it was, without taking a quote that is not ours', async () => {
    expect(withoutSpreadsheetQuote("'=HYPERLINK(1)")).toBe('=HYPERLINK(1)');
    expect(withoutSpreadsheetQuote("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(withoutSpreadsheetQuote("''=x")).toBe("''=x");
    const cell = fc.string({ maxLength: 20 }).map((value) => value.trim()).filter((value) => !value.startsWith("'") && value !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 10 }), async (names) => {
        const csv = await writeCsv(['name'], names.map((name) => [name]));
        expect(parseCsvRows(csv).rows.map((row) => row.values.name)).toEqual(names);
      }),
    );
  });
});
