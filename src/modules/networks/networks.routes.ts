import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { z } from 'zod';
import { addMember, createNetwork, removeMember, updateMember, updateNetwork } from './network-changes.service.js';
import {
  memberCreateSchema,
  memberParamsSchema,
  memberRemovalSchema,
  memberUpdateSchema,
  networkCreateSchema,
  networkMemberSchema,
  networkUpdateSchema,
  networkDetailSchema,
  networkListQuerySchema,
  networkPageSchema,
  unavailabilityCreateSchema,
  unavailabilityParamsSchema,
  unavailabilitySchema,
} from './networks.schemas.js';
import { findNetworkRow } from './networks.repository.js';
import { addUnavailability, getNetwork, listNetworks, removeUnavailability } from './networks.service.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { networkInvolvement } from './network-involvement.js';
import { registerNetworkMemberReferences } from './network-member-references.js';

export const networksRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerInvolvementSource(networkInvolvement);
  registerNetworkMemberReferences();
  registerHistoryRoute(app, { context, collection: '/api/networks', entityType: 'network', what: 'Network', tag: 'networks', load: findNetworkRow });

  app.get(
    '/api/networks',
    {
      schema: {
        tags: ['networks'],
        summary: 'List networks whose members meet regularly',
        querystring: networkListQuerySchema,
        response: { 200: networkPageSchema },
      },
    },
    async (request) => listNetworks(context(request), request.query),
  );

  app.get(
    '/api/networks/:id',
    {
      schema: {
        tags: ['networks'],
        summary: 'One network with its members; its meetings are exchanges (GET /api/exchanges?networkId=…)',
        params: idParamsSchema,
        response: { 200: networkDetailSchema },
      },
    },
    async (request) => getNetwork(context(request), request.params.id),
  );

  app.post(
    '/api/networks',
    {
      schema: {
        tags: ['networks'],
        summary: 'Create a network in a workspace',
        body: networkCreateSchema,
        response: { 201: networkDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createNetwork(context(request), request.body)),
  );

  app.patch(
    '/api/networks/:id',
    {
      schema: {
        tags: ['networks'],
        summary: 'Change a network, or archive it (archived: true) when it no longer meets',
        params: idParamsSchema,
        body: networkUpdateSchema,
        response: { 200: networkDetailSchema },
      },
    },
    async (request) => updateNetwork(context(request), request.params.id, request.body),
  );

  app.post(
    '/api/networks/:id/members',
    {
      schema: {
        tags: ['networks'],
        summary: 'Add a member town (placeId) or organisation (organizationId) to a network',
        params: idParamsSchema,
        body: memberCreateSchema,
        response: { 201: networkMemberSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addMember(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/networks/:id/members/:memberId',
    {
      schema: {
        tags: ['networks'],
        summary: 'Change when a member joined or left and whom to contact there',
        params: memberParamsSchema,
        body: memberUpdateSchema,
        response: { 200: networkMemberSchema },
      },
    },
    async (request) => updateMember(context(request), request.params.id, request.params.memberId, request.body),
  );

  app.delete(
    '/api/networks/:id/members/:memberId',
    {
      schema: {
        tags: ['networks'],
        summary: 'Remove a member; one that hosted meetings is kept as a former member with a left date',
        params: memberParamsSchema,
        response: { 200: memberRemovalSchema },
      },
    },
    async (request) => removeMember(context(request), request.params.id, request.params.memberId),
  );

  app.post(
    '/api/networks/:id/members/:memberId/unavailability',
    {
      schema: {
        tags: ['networks'],
        summary: 'Record a period in which a member cannot host a meeting; the host rotation skips it then',
        params: memberParamsSchema,
        body: unavailabilityCreateSchema,
        response: { 201: unavailabilitySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addUnavailability(context(request), request.params.id, request.params.memberId, request.body)),
  );

  app.delete(
    '/api/networks/:id/members/:memberId/unavailability/:entryId',
    {
      schema: {
        tags: ['networks'],
        summary: 'Remove a period of unavailability',
        params: unavailabilityParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeUnavailability(context(request), request.params.id, request.params.memberId, request.params.entryId);
      return reply.status(204).send(null);
    },
  );
};
