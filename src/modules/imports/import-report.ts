import { z } from 'zod';
import { csvIssueSchema } from '../../core/csv/csv-issues.js';


export const importReportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  /** Records written; 0 in a dry run and whenever a row is invalid without skipInvalid. */
  created: z.number().int(),
  createdIds: z.array(z.uuid()),
  issues: z.array(csvIssueSchema),
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

/** Splits "a; b;c" into trimmed, non-empty parts. */
export const listCell = (value: string | undefined) =>
  (value ?? '')
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean);

export const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
