import { Readable } from 'node:stream';
import { stringify, type Stringifier } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { contentDisposition, type ExportFileName } from '../export/file-names.js';
import { spreadsheetSafe } from './spreadsheet-safe.js';

export interface CsvColumn<T> {
  header: string;
  value: (item: T) => string | number | null | undefined;
}

/**
 * Cells separated by semicolons, as spreadsheet programs expect where the decimal separator is a
 * comma (German and Ukrainian Excel); our imports read either separator.
 */
export const CSV_DELIMITER = ';';

/**
 * Streams a list as CSV (UTF-8 with BOM, so spreadsheet programs read Cyrillic and umlauts right),
 * page by page, so exporting a long list never holds it whole in memory.
 */
export function sendCsv<T>(reply: FastifyReply, file: ExportFileName, columns: CsvColumn<T>[], pages: AsyncIterable<T[]> | Iterable<T[]>): FastifyReply {
  const rows = Readable.from(
    (async function* () {
      for await (const page of pages) {
        for (const item of page) yield columns.map((column) => column.value(item) ?? '');
      }
    })(),
  );
  const csv = rows.pipe(csvStringifier(columns.map((column) => column.header)));
  rows.on('error', (error) => csv.destroy(error));
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', contentDisposition('attachment', file))
    .send(csv);
}

/**
 * A CSV writer with a header line and a BOM, whose text cells cannot run as spreadsheet formulas;
 * numbers stay numbers (-5 is written as -5). Every CSV export writes through one.
 */
export function csvStringifier(headers: string[]): Stringifier {
  return stringify({ header: true, columns: headers, bom: true, delimiter: CSV_DELIMITER, cast: { string: spreadsheetSafe } });
}
