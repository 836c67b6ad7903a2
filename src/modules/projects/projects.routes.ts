import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { findProjectRow } from './projects.repository.js';
import { projectCreateSchema, projectDetailSchema, projectListQuerySchema, projectPageSchema, projectUpdateSchema } from './projects.schemas.js';
import { createProject, deleteProject, getProject, listProjects, updateProject } from './projects.service.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { projectInvolvement } from './project-involvement.js';

export const projectsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerInvolvementSource(projectInvolvement);
  registerHistoryRoute(app, { context, collection: '/api/projects', entityType: 'project', what: 'Project', tag: 'projects', load: findProjectRow });

  app.get(
    '/api/projects',
    { schema: { tags: ['projects'], summary: 'List projects by title', querystring: projectListQuerySchema, response: { 200: projectPageSchema } } },
    async (request) => listProjects(context(request), request.query),
  );
  app.get(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'A project profile: carrier, partners, contacts, goals, phases, pilot area, outputs and transferability',
        params: idParamsSchema,
        response: { 200: projectDetailSchema },
      },
    },
    async (request) => getProject(context(request), request.params.id),
  );
  app.post(
    '/api/projects',
    { schema: { tags: ['projects'], summary: 'Create a project (owners, coordinators, members)', body: projectCreateSchema, response: { 201: projectDetailSchema } } },
    async (request, reply) => reply.status(201).send(await createProject(context(request), request.body)),
  );
  app.patch(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Change a project; lists (partners, contacts, phases, outputs, transferability), when given, replace the current ones',
        params: idParamsSchema,
        body: projectUpdateSchema,
        response: { 200: projectDetailSchema },
      },
    },
    async (request) => updateProject(context(request), request.params.id, request.body),
  );
  app.delete(
    '/api/projects/:id',
    { schema: { tags: ['projects'], summary: 'Delete a project', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteProject(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
