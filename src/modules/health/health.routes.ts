import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { healthSchema } from './health.schemas.js';
import { checkHealth } from './health.service.js';

export interface HealthRouteOptions {
  pool: pg.Pool;
  databaseKind: 'embedded' | 'external';
}

export const healthRoutes: FastifyPluginAsyncZod<HealthRouteOptions> = async (app, { pool, databaseKind }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Whether the service and its database are up, with version and migration level',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const health = await checkHealth(pool, databaseKind);
      reply.header('cache-control', 'no-store');
      if (health.status !== 'ok') return reply.status(503).header('retry-after', '5').send(health);
      return health;
    },
  );
};
