import { registerHistoryRoute } from '../audit/audit.service.js';
import { findPlaceRow } from './places.repository.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv } from '../../core/csv/csv-export.js';
import { fileWord } from '../../core/export/export-labels.js';
import { exportLanguageOf } from '../../core/export/export-language.js';
import { placeColumns, withParents, type ExportedPlace } from './place-export.js';
import { exportFileName } from '../../core/export/file-names.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import { registerMergeRoutes } from '../../core/http/merge-routes.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import {
  placeAutocompleteQuerySchema,
  placeCreateSchema,
  placeDetailSchema,
  placeListQuerySchema,
  placePageSchema,
  placeExportQuerySchema,
  placeSuggestionsSchema,
  placeUpdateSchema,
} from './places.schemas.js';
import { createPlace, deletePlace, mergePlace, undoPlaceMerge, updatePlace } from './place-changes.service.js';
import { autocompletePlaces, exportPlaces, getPlace, listPlaces } from './places.service.js';

export const placesRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerHistoryRoute(app, { context, collection: '/api/places', entityType: 'place', what: 'Place', tag: 'places', load: findPlaceRow });

  app.get(
    '/api/places',
    {
      schema: {
        tags: ['places'],
        summary: 'List places (countries, municipalities, districts, quarters, areas) by name',
        querystring: placeListQuerySchema,
        response: { 200: placePageSchema },
      },
    },
    async (request) => listPlaces(context(request), request.query),
  );

  app.get(
    '/api/places/autocomplete',
    {
      // The same for every visitor, and for one signed-in caller: kept until data changes (core/http/visitor-cache, viewer-cache).
      config: { visitorCache: true, viewerCache: true },
      schema: {
        tags: ['places'],
        summary: 'Places matching what was typed, in any language or spelling, best match first',
        description: 'Kiew, Kyiv, Kiev and Київ find the same town; of towns named alike, the larger comes first.',
        querystring: placeAutocompleteQuerySchema,
        response: { 200: placeSuggestionsSchema },
      },
    },
    async (request) => ({ items: await autocompletePlaces(context(request), request.query) }),
  );

  app.get(
    '/api/places/export.csv',
    { schema: { tags: ['places'], summary: 'The filtered list of places as CSV in the reader’s language', querystring: placeExportQuerySchema } },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const language = exportLanguageOf(request, lang);
      const file = exportFileName([fileWord('places', language), new Date().toISOString().slice(0, 10)], 'csv');
      return sendCsv<ExportedPlace>(reply, file, placeColumns(language), withParents(context(request), exportPlaces(context(request), query)));
    },
  );

  app.get(
    '/api/places/:id',
    {
      schema: {
        tags: ['places'],
        summary: 'One place with its names, codes, the places above and below it',
        params: idParamsSchema,
        response: { 200: placeDetailSchema },
      },
    },
    async (request) => getPlace(context(request), request.params.id),
  );

  app.post(
    '/api/places',
    {
      schema: {
        tags: ['places'],
        summary: 'Create a place: a district, quarter or funding area below a town, or a town the gazetteer lacks',
        body: placeCreateSchema,
        response: { 201: placeDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createPlace(context(request), request.body)),
  );

  app.patch(
    '/api/places/:id',
    {
      schema: { tags: ['places'], summary: 'Change a place', params: idParamsSchema, body: placeUpdateSchema, response: { 200: placeDetailSchema } },
    },
    async (request) => updatePlace(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/places/:id',
    { schema: { tags: ['places'], summary: 'Delete a place nothing refers to', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deletePlace(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  registerMergeRoutes(app, {
    context,
    collection: '/api/places',
    tag: 'places',
    mergeSummary: 'Merge this place into another: every reference moves there, then this place is removed',
    undoSummary: 'Undo a merge from the history: the merged place and its references come back',
    merge: mergePlace,
    undo: undoPlaceMerge,
  });
};
