import { api, asText, dataOf } from '../../lib/api/client';
import type { QueryOf, ResponseOf } from '../../lib/api/contract';
import type { paths } from '../../lib/api/schema';

type ImportPath = '/api/imports/{kind}';
export type ImportKind = paths[ImportPath]['post']['parameters']['path']['kind'];
/** What an import found (and, unless a dry run, wrote): rows, invalid rows with each issue by line and column. */
export type ImportReport = ResponseOf<ImportPath, 'post'>;

export const importApi = {
  /** Sends the text of a CSV file; a dry run only reports. */
  importCsv: (kind: ImportKind, csv: string, query: QueryOf<ImportPath, 'post'>) =>
    dataOf(api.POST('/api/imports/{kind}', { params: { path: { kind }, query }, ...asText<string>(csv, 'text/csv') })),
};
