import { parse } from 'csv-parse/sync';
import { unstorableCharacterIn } from '../text/storable-text.js';
import { csvIssue, type CsvIssue } from './csv-issues.js';
import { withoutSpreadsheetQuote } from './spreadsheet-safe.js';

export interface CsvRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

/**
 * The separator the header line uses. A header without either names one column, so no separator
 * may split its cells: "Müller, Hans" in a one-column file is one value.
 */
function delimiterOf(headerLine: string): string {
  const semicolons = headerLine.match(/;/g)?.length ?? 0;
  const commas = headerLine.match(/,/g)?.length ?? 0;
  if (semicolons === 0 && commas === 0) return ONE_COLUMN;
  return semicolons > commas ? ';' : ',';
}

/** A control character spreadsheets never write, standing in as the separator of a one-column file. */
const ONE_COLUMN = '\u001f';

/**
 * Reads CSV with a header line (comma or semicolon separated, as spreadsheet programs write it;
 * UTF-8, with or without BOM; quoted fields may hold separators, quotes and line breaks).
 * Values are trimmed; empty lines are skipped. The quote our exports put before a cell starting
 * with a formula character is taken off again (`'=x` reads as `=x`), so an export imports as it was.
 */
export function parseCsvRows(text: string): { columns: string[]; rows: CsvRow[] } {
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(firstLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as unknown as typeof records;
  } catch (error) {
    const failure = error as Error & { lines?: number; code?: string; record?: string[] };
    const line = failure.lines ?? 0;
    if (failure.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && failure.record) {
      throw new CsvFormatError(line, `line ${line}: has ${failure.record.length} values where the header names a different number of columns`);
    }
    throw new CsvFormatError(line, `line ${line}: ${failure.message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new CsvFormatError(1, 'the file is empty; it needs a header line naming the columns');
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const rows = body.map(({ record, info }) => {
    const values: Record<string, string> = {};
    columns.forEach((column, index) => (values[column] = withoutSpreadsheetQuote(record[index] ?? '')));
    return { line: info.lines - (record.join('').split('\n').length - 1), values };
  });
  return { columns, rows };
}

/** The cells of a row PostgreSQL cannot store (NUL), each reported like any other bad cell. */
export function unstorableCells(row: CsvRow): CsvIssue[] {
  return Object.entries(row.values).flatMap(([column, value]) => {
    const problem = unstorableCharacterIn(value);
    return problem ? [csvIssue(row.line, column, 'invalid_text', problem)] : [];
  });
}
