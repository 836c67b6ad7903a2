import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({
    reachable: z.boolean(),
    kind: z.enum(['embedded', 'external']),
    serverVersion: z.string().nullable(),
    latencyMs: z.number().nullable(),
    migrations: z
      .object({ applied: z.number().int(), available: z.number().int(), latest: z.string().nullable(), pending: z.array(z.string()) })
      .nullable(),
  }),
});
export type Health = z.infer<typeof healthSchema>;
