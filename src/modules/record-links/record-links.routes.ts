import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import {
  exchangeLinkCreateSchema,
  linkParamsSchema,
  planProjectCreateSchema,
  recordLinkListSchema,
  recordLinkSchema,
  recordLinksQuerySchema,
} from './record-links.schemas.js';
import { linkExchange, linkPlanProject, listRecordLinks, unlinkExchange, unlinkPlanProject } from './record-links.service.js';

/** Links between exchanges, projects and action plans, read from either side and kept with the exchange or plan. */
export const recordLinksRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/record-links',
    {
      schema: {
        tags: ['record links'],
        summary: 'The projects, plans and exchanges a record is linked with, in both directions (records you cannot see are left out)',
        querystring: recordLinksQuerySchema,
        response: { 200: recordLinkListSchema },
      },
    },
    async (request) => listRecordLinks(context(request), request.query),
  );

  app.post(
    '/api/exchanges/:id/links',
    {
      schema: {
        tags: ['record links'],
        summary: 'Link the exchange (or one of its outcomes) to a project, or to an exchange it accompanies, follows up or is a side event of',
        params: idParamsSchema,
        body: exchangeLinkCreateSchema,
        response: { 201: recordLinkSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await linkExchange(context(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/exchanges/:id/links/:linkId',
    { schema: { tags: ['record links'], summary: 'Remove a link kept with the exchange', params: linkParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await unlinkExchange(context(request), request.params.id, request.params.linkId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/action-plans/:id/projects',
    {
      schema: {
        tags: ['record links'],
        summary: 'Link the action plan itself to a project',
        params: idParamsSchema,
        body: planProjectCreateSchema,
        response: { 201: recordLinkSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await linkPlanProject(context(request), request.params.id, request.body.projectId)),
  );

  app.delete(
    '/api/action-plans/:id/projects/:linkId',
    { schema: { tags: ['record links'], summary: 'Remove the link of the action plan to a project', params: linkParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await unlinkPlanProject(context(request), request.params.id, request.params.linkId);
      return reply.status(204).send(null);
    },
  );
};
