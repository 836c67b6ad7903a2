import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, parseCsvRows } from './csv-rows.js';

const cell = fc
  .string({ maxLength: 20 })
  .map((text) => text.replace(/\r/g, '').trim())
  .filter((text) => !text.startsWith("'"));

describe('CSV rows', () => {
  it('reads back any table written by a CSV writer, with the line each row starts on', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 15 }), fc.constantFrom(',', ';'), (rows, delimiter) => {
        const nonEmpty = rows.filter((row) => row.some((value) => value !== ''));
        const text = stringify([['a', 'b', 'c'], ...nonEmpty], { delimiter, quoted: true });
        const parsed = parseCsvRows(text);
        expect(parsed.columns).toEqual(['a', 'b', 'c']);
        expect(parsed.rows.map((row) => [row.values.a, row.values.b, row.values.c])).toEqual(nonEmpty);
        let line = 2;
        parsed.rows.forEach((row, index) => {
          expect(row.line).toBe(line);
          line += nonEmpty[index]!.join('').split('\n').length;
        });
      }),
    );
  });

  it('names the line of a row with too many or too few values', () => {
    expect(() => parseCsvRows('a,b\n1,2\n3\n')).toThrow(CsvFormatError);
    expect(() => parseCsvRows('a,b\n1,2\n3\n')).toThrow(/^line 3: has 1 values/);
  });

  it('accepts a byte order mark and semicolons', () => {
    expect(parseCsvRows('\uFEFFName;Kind\nKOMM-Haus;community_centre\n').rows).toEqual([{ line: 2, values: { name: 'KOMM-Haus', kind: 'community_centre' } }]);
  });
});
