import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../service-context.js';
import { idParamsSchema } from './common-schemas.js';
import type { ModuleOptions } from './module-options.js';

export const mergeBodySchema = z.strictObject({
  into: z.uuid().describe('The record that remains; the one in the path is merged into it and removed'),
});

export const mergeResponseSchema = z.object({
  into: z.uuid(),
  eventId: z.number().int().describe('The history entry; POST …/merges/{eventId}/undo reverses the merge'),
  changes: z.array(z.object({ table: z.string(), column: z.string(), repointed: z.number().int(), removed: z.number().int() })),
});
export type MergeAnswer = z.infer<typeof mergeResponseSchema>;

export const undoParamsSchema = z.strictObject({ eventId: z.coerce.number().int().min(1) });
export const undoResponseSchema = z.object({ restoredId: z.uuid(), into: z.uuid() });
export type UndoMergeAnswer = z.infer<typeof undoResponseSchema>;

/**
 * `POST <collection>/:id/merge` and `POST <collection>/merges/:eventId/undo` for a kind of
 * record whose service merges and undoes merges; the request and answer are the same everywhere.
 */
export function registerMergeRoutes(
  app: FastifyInstance,
  options: ModuleOptions & {
    collection: string;
    tag: string;
    mergeSummary: string;
    undoSummary: string;
    merge: (ctx: ServiceContext, id: string, intoId: string) => Promise<MergeAnswer>;
    undo: (ctx: ServiceContext, eventId: number) => Promise<UndoMergeAnswer>;
  },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.post(
    `${options.collection}/:id/merge`,
    {
      schema: {
        tags: [options.tag],
        summary: options.mergeSummary,
        params: idParamsSchema,
        body: mergeBodySchema,
        response: { 200: mergeResponseSchema },
      },
    },
    async (request) => options.merge(options.context(request), request.params.id, request.body.into),
  );
  routes.post(
    `${options.collection}/merges/:eventId/undo`,
    { schema: { tags: [options.tag], summary: options.undoSummary, params: undoParamsSchema, response: { 200: undoResponseSchema } } },
    async (request) => options.undo(options.context(request), request.params.eventId),
  );
}
