import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { z } from 'zod';
import { createPartnership, deletePartnership, updatePartnership } from './partnership-changes.service.js';
import {
  partnershipCreateSchema,
  partnershipDetailSchema,
  partnershipListQuerySchema,
  partnershipPageSchema,
  partnershipUpdateSchema,
} from './partnerships.schemas.js';
import { getPartnership, listPartnerships } from './partnerships.service.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { partnershipTimeline } from './partnership-timeline.js';
import { findPartnershipRow } from './partnerships.repository.js';
import { partnershipMapPageSchema, partnershipMapQuerySchema, timelinePageSchema, timelineQuerySchema } from './partnerships.schemas.js';
import { partnershipMap } from './partnerships.service.js';
import {
  projectGroupCreateSchema,
  projectGroupListSchema,
  projectGroupParamsSchema,
  projectGroupSchema,
  projectGroupUpdateSchema,
} from './project-groups.schemas.js';
import { createProjectGroup, deleteProjectGroup, listProjectGroups, updateProjectGroup } from './project-groups.service.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { partnershipInvolvement } from './partnership-involvement.js';

export const partnershipsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerInvolvementSource(partnershipInvolvement);
  registerHistoryRoute(app, { context, collection: '/api/partnerships', entityType: 'partnership', what: 'Partnership', tag: 'partnerships', load: findPartnershipRow });

  app.post(
    '/api/partnerships',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'Create a partnership in a workspace (owners, coordinators, members)',
        body: partnershipCreateSchema,
        response: { 201: partnershipDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createPartnership(context(request), request.body)),
  );

  app.patch(
    '/api/partnerships/:id',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'Change a partnership; parties, when given, replace the current ones',
        params: idParamsSchema,
        body: partnershipUpdateSchema,
        response: { 200: partnershipDetailSchema },
      },
    },
    async (request) => updatePartnership(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/partnerships/:id',
    { schema: { tags: ['partnerships'], summary: 'Delete a partnership', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deletePartnership(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );


  app.get(
    '/api/partnerships',
    {
      // The same for every visitor, and for one signed-in caller: kept until data changes (core/http/visitor-cache, viewer-cache).
      config: { visitorCache: true, viewerCache: true },
      schema: {
        tags: ['partnerships'],
        summary: 'List partnerships (city twinnings, district and project partnerships …) by title',
        querystring: partnershipListQuerySchema,
        response: { 200: partnershipPageSchema },
      },
    },
    async (request) => listPartnerships(context(request), request.query),
  );

  app.get(
    '/api/partnerships/:id',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'One partnership with its parties, parent and child partnerships',
        params: idParamsSchema,
        response: { 200: partnershipDetailSchema },
      },
    },
    async (request) => getPartnership(context(request), request.params.id),
  );

  app.get(
    '/api/partnerships/map',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'Partnerships as lines between the places of their parties (for a map), a page at a time',
        querystring: partnershipMapQuerySchema,
        response: { 200: partnershipMapPageSchema },
      },
    },
    async (request) => partnershipMap(context(request), request.query),
  );

  app.get(
    '/api/partnerships/:id/timeline',
    {
      // The same for every visitor, and for one signed-in caller: kept until data changes (core/http/visitor-cache, viewer-cache).
      config: { visitorCache: true, viewerCache: true },
      schema: {
        tags: ['partnerships'],
        summary: 'Everything linked to a partnership in date order: exchanges, project groups …',
        params: idParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: timelinePageSchema },
      },
    },
    async (request) => partnershipTimeline(context(request), request.params.id, request.query),
  );

  app.get(
    '/api/partnerships/:id/project-groups',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'The thematic project groups of a partnership with their members from each side',
        params: idParamsSchema,
        response: { 200: projectGroupListSchema },
      },
    },
    async (request) => listProjectGroups(context(request), request.params.id),
  );

  app.post(
    '/api/partnerships/:id/project-groups',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'Add a project group to a partnership (whoever may edit the partnership)',
        params: idParamsSchema,
        body: projectGroupCreateSchema,
        response: { 201: projectGroupSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createProjectGroup(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/project-groups/:groupId',
    {
      schema: {
        tags: ['partnerships'],
        summary: 'Change a project group; members, when given, replace the current ones',
        params: projectGroupParamsSchema,
        body: projectGroupUpdateSchema,
        response: { 200: projectGroupSchema },
      },
    },
    async (request) => updateProjectGroup(context(request), request.params.id, request.params.groupId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/project-groups/:groupId',
    { schema: { tags: ['partnerships'], summary: 'Remove a project group', params: projectGroupParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteProjectGroup(context(request), request.params.id, request.params.groupId);
      return reply.status(204).send(null);
    },
  );
};
