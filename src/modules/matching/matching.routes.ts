import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import {
  itemParamsSchema,
  matchingItemCreateSchema,
  matchingItemSchema,
  matchingItemUpdateSchema,
  matchingProfileCreateSchema,
  matchingProfileDetailSchema,
  matchingProfileListQuerySchema,
  matchingProfileListSchema,
  matchingProfileUpdateSchema,
  suggestionListSchema,
  suggestionQuerySchema,
} from './matching.schemas.js';
import { addItem, createProfile, getProfile, listProfiles, removeItem, updateItem, updateProfile } from './matching.service.js';
import { suggestPartners } from './suggestions.service.js';

export const matchingRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/matching/profiles',
    {
      schema: {
        tags: ['matching'],
        summary: 'Matching profiles of municipalities, organisations and experts the viewer may see',
        querystring: matchingProfileListQuerySchema,
        response: { 200: matchingProfileListSchema },
      },
    },
    async (request) => listProfiles(context(request), request.query),
  );

  app.post(
    '/api/matching/profiles',
    {
      schema: {
        tags: ['matching'],
        summary: 'Opt in to matching: a profile with its needs and offers, visible as chosen',
        body: matchingProfileCreateSchema,
        response: { 201: matchingProfileDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createProfile(context(request), request.body)),
  );

  app.get(
    '/api/matching/profiles/:id',
    {
      schema: {
        tags: ['matching'],
        summary: 'One matching profile with its needs and offers',
        params: idParamsSchema,
        response: { 200: matchingProfileDetailSchema },
      },
    },
    async (request) => getProfile(context(request), request.params.id),
  );

  app.patch(
    '/api/matching/profiles/:id',
    {
      schema: {
        tags: ['matching'],
        summary: 'Change a matching profile, or who may see it',
        params: idParamsSchema,
        body: matchingProfileUpdateSchema,
        response: { 200: matchingProfileDetailSchema },
      },
    },
    async (request) => updateProfile(context(request), request.params.id, request.body),
  );

  app.post(
    '/api/matching/profiles/:id/items',
    {
      schema: {
        tags: ['matching'],
        summary: 'Publish a need or an offer in a profile',
        params: idParamsSchema,
        body: matchingItemCreateSchema,
        response: { 201: matchingItemSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addItem(context(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/matching/profiles/:id/items/:itemId',
    {
      schema: {
        tags: ['matching'],
        summary: 'Change a need or an offer: theme, kind, description, urgency, until when',
        params: itemParamsSchema,
        body: matchingItemUpdateSchema,
        response: { 200: matchingItemSchema },
      },
    },
    async (request) => updateItem(context(request), request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/api/matching/profiles/:id/items/:itemId',
    {
      schema: {
        tags: ['matching'],
        summary: 'Withdraw a need or an offer',
        params: itemParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeItem(context(request), request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/matching/profiles/:id/suggestions',
    {
      schema: {
        tags: ['matching'],
        summary: 'Ranked partners for the profile’s needs (or one need), each with a score and its reasons',
        params: idParamsSchema,
        querystring: suggestionQuerySchema,
        response: { 200: suggestionListSchema },
      },
    },
    async (request) => suggestPartners(context(request), request.params.id, request.query),
  );
};
