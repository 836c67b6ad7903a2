import type { z } from 'zod';
import { CsvFormatError, parseCsvRows, unstorableCells } from '../../core/csv/csv-rows.js';
import { readColumnsAs } from '../../core/export/read-labels.js';
import type { ServiceContext } from '../../core/service-context.js';
import { themeTree } from '../themes/themes.service.js';
import { csvIssue, csvIssuesOfZod, type CsvIssue } from '../../core/csv/csv-issues.js';
import type { ImportOptions, ImportReport } from './import-report.js';

export interface PreparedRow<P> {
  line: number;
  prepared: P;
}

/** How one kind of record is read from CSV rows, checked, and written. */
export interface RowImporter<Row, Prepared> {
  entity: string;
  columns: readonly string[];
  required: readonly string[];
  schema: z.ZodType<Row>;
  /** Resolves references (places, organizations, themes) and reports what does not fit. */
  prepare(
    ctx: ServiceContext,
    line: number,
    row: Row,
    earlier: PreparedRow<Prepared>[],
  ): Promise<{ issues: CsvIssue[]; prepared: Prepared }>;
  /** Writes one prepared row through the module's service (checks, audit); returns the new id. */
  write(ctx: ServiceContext, workspaceId: string, row: PreparedRow<Prepared>, createdByLine: Map<number, string>): Promise<string>;
}

/**
 * Imports a CSV file (headed by column keys or their names in any language of the app, so an
 * exported file reads back): every row is checked first and each problem reported with its line, column
 * and reason. Nothing is written in a dry run, nor while any row is invalid unless skipInvalid is
 * set; otherwise the valid rows are written in one transaction, each through the same service (and
 * audit) as a record entered by hand.
 */
export async function runImport<Row, Prepared>(ctx: ServiceContext, importer: RowImporter<Row, Prepared>, options: ImportOptions): Promise<ImportReport> {
  let parsed: ReturnType<typeof parseCsvRows>;
  try {
    parsed = readColumnsAs(parseCsvRows(options.csv), importer.columns);
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    return report(options, 0, 0, [csvIssue(error.line, 'file', 'file_unreadable', error.message)], []);
  }
  const headerIssues: CsvIssue[] = [
    ...parsed.columns
      .filter((column) => !importer.columns.includes(column))
      .map((column) => csvIssue(1, column, 'unknown_column', `is not a known column; known are ${importer.columns.join(', ')}`, { known: [...importer.columns] })),
    ...importer.required.filter((column) => !parsed.columns.includes(column)).map((column) => csvIssue(1, column, 'column_missing', 'is a required column')),
  ];
  if (headerIssues.length > 0) return report(options, parsed.rows.length, 0, headerIssues, []);

  return ctx.transaction(async (_tx, ctx) => {
    const issues: CsvIssue[] = [];
    const valid: PreparedRow<Prepared>[] = [];
    for (const { line, values } of parsed.rows) {
      const badCells = unstorableCells({ line, values });
      if (badCells.length > 0) {
        issues.push(...badCells);
        continue;
      }
      const checked = importer.schema.safeParse(values);
      if (!checked.success) {
        issues.push(...csvIssuesOfZod(line, checked.error));
        continue;
      }
      const { issues: referenceIssues, prepared } = await importer.prepare(ctx, line, checked.data, valid);
      if (referenceIssues.length > 0) issues.push(...referenceIssues);
      else valid.push({ line, prepared });
    }
    const mayWrite = !options.dryRun && (issues.length === 0 || options.skipInvalid);
    const createdByLine = new Map<number, string>();
    if (mayWrite) {
      for (const row of valid) createdByLine.set(row.line, await importer.write(ctx, options.workspaceId, row, createdByLine));
    }
    return report(options, parsed.rows.length, valid.length, issues, [...createdByLine.values()]);
  });
}

function report(options: ImportOptions, rows: number, validRows: number, issues: CsvIssue[], createdIds: string[]): ImportReport {
  return {
    dryRun: options.dryRun,
    rows,
    validRows,
    invalidRows: rows - validRows,
    created: createdIds.length,
    createdIds,
    issues: issues.sort((a, b) => a.line - b.line),
  };
}

/** Theme ids for slugs or names (any language) of the taxonomy the viewer sees. */
export async function resolveThemeSlugs(ctx: ServiceContext, references: string[], line: number): Promise<{ ids: string[]; issues: CsvIssue[] }> {
  if (references.length === 0) return { ids: [], issues: [] };
  const themes = await themeTree(ctx);
  const ids: string[] = [];
  const issues: CsvIssue[] = [];
  for (const reference of references) {
    const wanted = reference.toLowerCase();
    const theme = themes.find((candidate) => candidate.slug === wanted || Object.values(candidate.name).some((name) => name.toLowerCase() === wanted));
    if (theme) ids.push(theme.id);
    else issues.push(csvIssue(line, 'themes', 'unknown_theme', `"${reference}" is no theme (use a slug such as housing-management or a theme name)`, { name: reference }));
  }
  return { ids, issues };
}
