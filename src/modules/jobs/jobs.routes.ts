import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { jobSchema } from './jobs.schemas.js';
import { getGazetteerJob, getJob } from './jobs.service.js';

export const jobsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/jobs/gazetteer',
    {
      schema: {
        tags: ['operations'],
        summary: 'The loading of the world gazetteer in the background: its state and progress, or null when it never started',
        response: { 200: jobSchema.nullable() },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getGazetteerJob(context(request));
    },
  );
  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['operations'],
        summary: 'A background job (a batch of uploaded files, the gazetteer): state and progress, for the one who started it and the workspace coordinators',
        params: idParamsSchema,
        response: { 200: jobSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getJob(context(request), request.params.id);
    },
  );
};
