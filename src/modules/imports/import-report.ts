import { z } from 'zod';

export const importIssueSchema = z.object({
  line: z.number().int().describe('Line of the file (the header is line 1)'),
  field: z.string().describe('The column'),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  /** Records written; 0 in a dry run and whenever a row is invalid without skipInvalid. */
  created: z.number().int(),
  createdIds: z.array(z.uuid()),
  issues: z.array(importIssueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export interface ImportOptions {
  workspaceId: string;
  csv: string;
  /** Check every row and report, writing nothing. */
  dryRun: boolean;
  /** Write the valid rows even when others are invalid. */
  skipInvalid: boolean;
}

/** Zod issues of one row, named by CSV column. */
export function rowIssues(line: number, error: z.ZodError): ImportIssue[] {
  return error.issues.map((issue) => ({ line, field: String(issue.path[0] ?? 'row'), message: issue.message }));
}

/** Splits "a; b;c" into trimmed, non-empty parts. */
export const listCell = (value: string | undefined) =>
  (value ?? '')
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean);

export const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
