import { parse } from 'csv-parse/sync';

/** The rows of an exported CSV file (BOM, `;`), each by its header. */
export const csvRecords = (body: string) => parse(body, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
