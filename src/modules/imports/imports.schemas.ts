import { z } from 'zod';
import { csvImportCountsShape, csvIssueSchema } from '../../core/csv/csv-issues.js';
import { queryFlagSchema } from '../../core/http/common-schemas.js';

export const importReportSchema = z.object({
  ...csvImportCountsShape,
  /** Records written; 0 in a dry run and whenever a row is invalid without skipInvalid. */
  created: z.number().int(),
  createdIds: z.array(z.uuid()),
  issues: z.array(csvIssueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const IMPORT_KINDS = ['organizations', 'people', 'partnerships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const importParamsSchema = z.strictObject({ kind: z.enum(IMPORT_KINDS).meta({ id: 'ImportKind' }) });
export const importQuerySchema = z.strictObject({ workspaceId: z.uuid(), dryRun: queryFlagSchema, skipInvalid: queryFlagSchema });
