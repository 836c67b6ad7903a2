import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { findProgrammeRow } from '../exchanges/exchanges.service.js';
import {
  partAddSchema,
  partOrderSchema,
  partParamsSchema,
  programmeCreateSchema,
  programmeDeleteQuerySchema,
  programmeDetailSchema,
  programmeListQuerySchema,
  programmePageSchema,
  programmeUpdateSchema,
} from './programmes.schemas.js';
import { addPart, createProgramme, deleteProgramme, getProgramme, listProgrammes, removePart, reorderParts, updateProgramme } from './programmes.service.js';

/** Visit programmes: series of exchanges, shown as "part 2 of 3". */
export const programmesRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerHistoryRoute(app, { context, collection: '/api/programmes', entityType: 'programme', what: 'Programme', tag: 'programmes', load: findProgrammeRow });

  app.get(
    '/api/programmes',
    {
      schema: { tags: ['programmes'], summary: 'List visit programmes (series of exchanges) by name', querystring: programmeListQuerySchema, response: { 200: programmePageSchema } },
    },
    async (request) => listProgrammes(context(request), request.query),
  );

  app.post(
    '/api/programmes',
    {
      schema: { tags: ['programmes'], summary: 'Create a visit programme with the number of parts planned', body: programmeCreateSchema, response: { 201: programmeDetailSchema } },
    },
    async (request, reply) => reply.status(201).send(await createProgramme(context(request), request.body)),
  );

  app.get(
    '/api/programmes/:id',
    { schema: { tags: ['programmes'], summary: 'One programme with its parts in order', params: idParamsSchema, response: { 200: programmeDetailSchema } } },
    async (request) => getProgramme(context(request), request.params.id),
  );

  app.patch(
    '/api/programmes/:id',
    {
      schema: { tags: ['programmes'], summary: 'Change a programme’s name, partnership or planned parts', params: idParamsSchema, body: programmeUpdateSchema, response: { 200: programmeDetailSchema } },
    },
    async (request) => updateProgramme(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/programmes/:id',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Delete a programme; one with parts only with detachParts=true, which keeps its exchanges as single exchanges',
        params: idParamsSchema,
        querystring: programmeDeleteQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteProgramme(context(request), request.params.id, request.query.detachParts === 'true');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/programmes/:id/parts',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Add an existing exchange (exchangeId) or a new one (exchange) as the next part',
        params: idParamsSchema,
        body: partAddSchema,
        response: { 201: programmeDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addPart(context(request), request.params.id, request.body)),
  );

  app.put(
    '/api/programmes/:id/parts',
    {
      schema: { tags: ['programmes'], summary: 'Put the parts in a new order', params: idParamsSchema, body: partOrderSchema, response: { 200: programmeDetailSchema } },
    },
    async (request) => reorderParts(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/programmes/:id/parts/:exchangeId',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Take an exchange out of the programme; it stays as a single exchange and the later parts move up',
        params: partParamsSchema,
        response: { 200: programmeDetailSchema },
      },
    },
    async (request) => removePart(context(request), request.params.id, request.params.exchangeId),
  );
};
