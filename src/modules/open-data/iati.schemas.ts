import { z } from 'zod';
import { EXPORT_LANGUAGES } from '../../core/export/export-language.js';
import { isoDateSchema } from '../../core/http/common-schemas.js';

export const iatiActivitiesQuerySchema = z.strictObject({
  workspaceId: z.uuid().optional().describe('Only the activities of this workspace'),
  programmeId: z.uuid().optional().describe('Only activities with a grant from this funding programme'),
  from: isoDateSchema.optional().describe('Only activities running on or after this day'),
  to: isoDateSchema.optional().describe('Only activities running on or before this day'),
  lang: z.enum(EXPORT_LANGUAGES).optional().describe('Language of the file name (default: the browser’s language, else German); the file itself carries every language entered'),
});
export type IatiActivitiesQuery = z.infer<typeof iatiActivitiesQuerySchema>;
