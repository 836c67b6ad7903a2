import { z } from 'zod';
import type { IssueParams } from '../errors.js';
import { FIELD_CODES, type FieldCode } from '../field-codes.js';
import { fieldCodeOfZodIssue } from '../http/zod-issues.js';
import { localizeIssue, messageLanguageOf } from '../i18n/error-messages.js';

/** What is wrong with one cell (or column, or the file) of an imported CSV file. */
export const csvIssueSchema = z.object({
  line: z.number().int().describe('Line of the file (the header is line 1)'),
  field: z.string().describe('The column, or "file" for the file as a whole'),
  code: z.enum(FIELD_CODES).describe('Why, as a code the client translates with its params'),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
  message: z.string().describe('The reason in the language of Accept-Language'),
});
export type CsvIssue = z.infer<typeof csvIssueSchema>;

/** What every CSV import reports first: whether it was a dry run and how many rows were (in)valid. */
export const csvImportCountsShape = {
  dryRun: z.boolean(),
  rows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
};

export const csvIssue = (line: number, field: string, code: FieldCode, message: string, params?: IssueParams): CsvIssue =>
  params === undefined ? { line, field, code, message } : { line, field, code, params, message };

/** Zod's issues of one row, named by CSV column. */
export function csvIssuesOfZod(line: number, error: z.ZodError): CsvIssue[] {
  return error.issues.map((issue) => {
    const { code, params } = fieldCodeOfZodIssue(issue);
    return csvIssue(line, String(issue.path[0] ?? 'row'), code, issue.message, params);
  });
}

/** A report's issues with their messages in the language of the request's `Accept-Language`. */
export function localizeCsvIssues<R extends { issues: CsvIssue[] }>(report: R, acceptLanguage: string | undefined): R {
  const language = messageLanguageOf(acceptLanguage);
  return { ...report, issues: report.issues.map((issue) => localizeIssue(issue, language)) };
}
