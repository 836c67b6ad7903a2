import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { registerDelegationReferences } from './delegation-references.js';
import { registerCalendarRoutes } from './calendar/calendar.routes.js';
import { createExchange, deleteExchange, updateExchange } from './exchange-changes.service.js';
import {
  createDelegation,
  createOutcome,
  createSession,
  deleteDelegation,
  deleteOutcome,
  deleteSession,
  updateDelegation,
  updateOutcome,
  updateSession,
} from './exchange-programme.service.js';
import { exchangeStatistics } from './exchange-statistics.service.js';
import { registerExchangeTimelineSource } from './exchange-timeline.js';
import type { ExchangesModuleOptions } from './exchanges-module-options.js';
import { findExchangeRow } from './exchanges.repository.js';
import {
  delegationCreateSchema,
  delegationParamsSchema,
  delegationSchema,
  delegationUpdateSchema,
  exchangeCreateSchema,
  exchangeDetailSchema,
  exchangeListQuerySchema,
  exchangePageSchema,
  exchangeUpdateSchema,
  outcomeCreateSchema,
  outcomeParamsSchema,
  outcomeSchema,
  outcomeUpdateSchema,
  sessionCreateSchema,
  sessionParamsSchema,
  sessionSchema,
  sessionUpdateSchema,
  statisticsQuerySchema,
  statisticsSchema,
} from './exchanges.schemas.js';
import { getExchange, listExchanges } from './exchanges.service.js';
import { registerNetworkMeetingRoutes } from './network-meetings.routes.js';
import { registerRegistrationRoutes } from './registrations.routes.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { exchangeInvolvement } from './exchange-involvement.js';

export const exchangesRoutes: FastifyPluginAsyncZod<ExchangesModuleOptions> = async (app, options) => {
  const { context } = options;
  registerExchangeTimelineSource();
  registerInvolvementSource(exchangeInvolvement);
  registerHistoryRoute(app, {
    context,
    collection: '/api/exchanges',
    entityType: 'exchange',
    what: 'Exchange',
    tag: 'exchanges',
    load: findExchangeRow,
    // Its delegations, and every registration moved into, out of or between them.
    parts: [
      { entityType: 'exchange_delegation', field: 'exchangeId' },
      { entityType: 'registration', field: 'exchangeId', changed: 'delegationId' },
    ],
  });
  registerDelegationReferences();

  app.get(
    '/api/exchanges',
    {
      // The same for every visitor, and for one signed-in caller: kept until data changes (core/http/visitor-cache, viewer-cache).
      config: { visitorCache: true, viewerCache: true },
      schema: {
        tags: ['exchanges'],
        summary: 'List exchanges (visits, workshops, trips, network meetings), newest first',
        querystring: exchangeListQuerySchema,
        response: { 200: exchangePageSchema },
      },
    },
    async (request) => listExchanges(context(request), request.query),
  );

  app.post(
    '/api/exchanges',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'Plan an exchange in a workspace, with its themes, organizations in roles and (for trips) stops',
        body: exchangeCreateSchema,
        response: { 201: exchangeDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createExchange(context(request), request.body)),
  );

  app.get(
    '/api/exchanges/statistics',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'Exchanges per year and kind, participants by country, and the themes most worked on',
        querystring: statisticsQuerySchema,
        response: { 200: statisticsSchema },
      },
    },
    async (request) => exchangeStatistics(context(request), request.query),
  );

  app.get(
    '/api/exchanges/:id',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'One exchange with its organizations, delegations, stops, agenda, outcomes and the places taken',
        params: idParamsSchema,
        response: { 200: exchangeDetailSchema },
      },
    },
    async (request) => getExchange(context(request), request.params.id),
  );

  app.patch(
    '/api/exchanges/:id',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'Change an exchange; themes, organizations and stops, when given, replace the current ones',
        params: idParamsSchema,
        body: exchangeUpdateSchema,
        response: { 200: exchangeDetailSchema },
      },
    },
    async (request) => updateExchange(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/exchanges/:id',
    { schema: { tags: ['exchanges'], summary: 'Delete an exchange with its programme and registrations', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteExchange(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/exchanges/:id/sessions',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'Add a session to the agenda (title and description in several languages, time in the exchange’s time zone)',
        params: idParamsSchema,
        body: sessionCreateSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createSession(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/exchanges/:id/sessions/:sessionId',
    { schema: { tags: ['exchanges'], summary: 'Change a session of the agenda', params: sessionParamsSchema, body: sessionUpdateSchema, response: { 200: sessionSchema } } },
    async (request) => updateSession(context(request), request.params.id, request.params.sessionId, request.body),
  );

  app.delete(
    '/api/exchanges/:id/sessions/:sessionId',
    { schema: { tags: ['exchanges'], summary: 'Remove a session from the agenda', params: sessionParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteSession(context(request), request.params.id, request.params.sessionId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/exchanges/:id/delegations',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'Add a delegation, from a place or an organization',
        params: idParamsSchema,
        body: delegationCreateSchema,
        response: { 201: delegationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createDelegation(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/exchanges/:id/delegations/:delegationId',
    { schema: { tags: ['exchanges'], summary: 'Change a delegation', params: delegationParamsSchema, body: delegationUpdateSchema, response: { 200: delegationSchema } } },
    async (request) => updateDelegation(context(request), request.params.id, request.params.delegationId, request.body),
  );

  app.delete(
    '/api/exchanges/:id/delegations/:delegationId',
    { schema: { tags: ['exchanges'], summary: 'Remove a delegation (its members stay registered)', params: delegationParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteDelegation(context(request), request.params.id, request.params.delegationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/exchanges/:id/outcomes',
    {
      schema: {
        tags: ['exchanges'],
        summary: 'Record a decision, an idea or a task (with owner and due date) from the exchange',
        params: idParamsSchema,
        body: outcomeCreateSchema,
        response: { 201: outcomeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createOutcome(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/exchanges/:id/outcomes/:outcomeId',
    { schema: { tags: ['exchanges'], summary: 'Change an outcome, e.g. the status of a task', params: outcomeParamsSchema, body: outcomeUpdateSchema, response: { 200: outcomeSchema } } },
    async (request) => updateOutcome(context(request), request.params.id, request.params.outcomeId, request.body),
  );

  app.delete(
    '/api/exchanges/:id/outcomes/:outcomeId',
    { schema: { tags: ['exchanges'], summary: 'Remove an outcome', params: outcomeParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteOutcome(context(request), request.params.id, request.params.outcomeId);
      return reply.status(204).send(null);
    },
  );

  registerRegistrationRoutes(app, options);
  registerCalendarRoutes(app, options);
  registerNetworkMeetingRoutes(app, options);
};
