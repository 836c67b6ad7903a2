import { z } from 'zod';
import { uploadBatchResultSchema } from '../knowledge/documents/documents.schemas.js';
import { JOB_KINDS, JOB_STATES } from './jobs.tables.js';

export const jobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(JOB_KINDS),
    state: z.enum(JOB_STATES),
    done: z.number().int(),
    total: z.number().int().nullable(),
    /** What the finished job reports (for a batch of files: one outcome per file). */
    result: z.union([uploadBatchResultSchema, z.record(z.string(), z.unknown())]).nullable(),
    /** A stable code when the job failed for good. */
    errorCode: z.enum(['job_failed']).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  });
export type JobView = z.infer<typeof jobSchema>;
