import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ExchangesModuleOptions } from './exchanges-module-options.js';
import { meetingPlanResultSchema, meetingPlanSchema, rotationQuerySchema, rotationSchema } from './exchanges.schemas.js';
import { hostRotation, planNetworkMeetings } from './network-meetings.service.js';

/** The rotating host of a network's meetings, and a year of meetings planned at its cadence. */
export function registerNetworkMeetingRoutes(instance: FastifyInstance, { context }: ExchangesModuleOptions): void {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/networks/:id/rotation',
    {
      schema: {
        tags: ['networks'],
        summary: 'Who is due to host a meeting on a date: never hosted first, then who hosted longest ago, skipping members unavailable then',
        params: idParamsSchema,
        querystring: rotationQuerySchema,
        response: { 200: rotationSchema },
      },
    },
    async (request) => hostRotation(context(request), request.params.id, request.query.date),
  );

  app.post(
    '/api/networks/:id/meetings',
    {
      schema: {
        tags: ['networks'],
        summary: 'Plan the network’s meetings for a year at its cadence, each with the host the rotation proposes',
        params: idParamsSchema,
        body: meetingPlanSchema,
        response: { 201: meetingPlanResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await planNetworkMeetings(context(request), request.params.id, request.body)),
  );
}
