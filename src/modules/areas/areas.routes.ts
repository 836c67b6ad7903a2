import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvBodySchema, csvUploadQuerySchema, idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { findMonitorRow } from './areas.repository.js';
import {
  boundariesSetSchema,
  boundaryCollectionSchema,
  boundaryImportSchema,
  importReportSchema,
  monitorCreateSchema,
  monitorDetailSchema,
  monitorListQuerySchema,
  monitorPageSchema,
  monitorUpdateSchema,
  needIndexQuerySchema,
  needIndexSchema,
  pilotSelectionCreateSchema,
  selectionParamsSchema,
  valuesQuerySchema,
  valuesTableSchema,
} from './areas.schemas.js';
import { createMonitor, deleteMonitor, deletePilotSelection, getMonitor, listMonitors, needIndex, selectPilotArea, updateMonitor, valuesTable } from './areas.service.js';
import { importIndicatorValues } from './values-import.js';
import { boundaryCollection, importBoundaries } from './boundaries.js';
import { localizeCsvIssues } from '../../core/csv/csv-issues.js';

const tags = ['area monitoring'];

export const areasRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerHistoryRoute(app, { context, collection: '/api/area-monitors', entityType: 'area_monitor', what: 'Area monitoring', tag: 'area monitoring', load: findMonitorRow });
  app.addContentTypeParser(['text/csv'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.get('/api/area-monitors', { schema: { tags, summary: 'Monitorings of candidate areas by indicators', querystring: monitorListQuerySchema, response: { 200: monitorPageSchema } } }, async (request) =>
    listMonitors(context(request), request.query),
  );
  app.get(
    '/api/area-monitors/:id',
    { schema: { tags, summary: 'A monitoring with its indicators, candidate areas, periods and pilot-area selections', params: idParamsSchema, response: { 200: monitorDetailSchema } } },
    async (request) => getMonitor(context(request), request.params.id),
  );
  app.post('/api/area-monitors', { schema: { tags, summary: 'Start a monitoring of candidate areas', body: monitorCreateSchema, response: { 201: monitorDetailSchema } } }, async (request, reply) =>
    reply.status(201).send(await createMonitor(context(request), request.body)),
  );
  app.patch(
    '/api/area-monitors/:id',
    {
      schema: {
        tags,
        summary: 'Change a monitoring; indicators (kept by id, with their values) and areas, when given, replace the current ones; weights must sum to a positive value',
        params: idParamsSchema,
        body: monitorUpdateSchema,
        response: { 200: monitorDetailSchema },
      },
    },
    async (request) => updateMonitor(context(request), request.params.id, request.body),
  );
  app.delete('/api/area-monitors/:id', { schema: { tags, summary: 'Delete a monitoring with its values', params: idParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteMonitor(context(request), request.params.id);
    return reply.status(204).send(null);
  });
  app.get(
    '/api/area-monitors/:id/values',
    { schema: { tags, summary: 'The indicator values of a period, one row per area', params: idParamsSchema, querystring: valuesQuerySchema, response: { 200: valuesTableSchema } } },
    async (request) => valuesTable(context(request), request.params.id, request.query.period),
  );
  app.post(
    '/api/area-monitors/:id/values/import',
    {
      schema: {
        tags,
        summary: 'Import indicator values from CSV (text/csv: area, period, one column per indicator key or name). Areas are matched to the candidates first, then to places of the city; a name close to a candidate is refused with the choices; the report lists every match and addition; a dry run writes nothing',
        params: idParamsSchema,
        querystring: csvUploadQuerySchema,
        body: csvBodySchema,
        consumes: ['text/csv'],
        response: { 200: importReportSchema },
      },
    },
    async (request) =>
      localizeCsvIssues(
        await importIndicatorValues(context(request), request.params.id, { csv: request.body, dryRun: request.query.dryRun, skipInvalid: request.query.skipInvalid }),
        request.headers['accept-language'],
      ),
  );
  app.post(
    '/api/area-monitors/:id/boundaries',
    {
      bodyLimit: 20_000_000,
      schema: {
        tags,
        summary: 'Import the boundaries of candidate areas from a GeoJSON FeatureCollection (WGS 84 Polygons or MultiPolygons, each naming its area in a property such as name); all or nothing',
        params: idParamsSchema,
        body: boundaryImportSchema,
        consumes: ['application/json', 'application/geo+json'],
        response: { 200: boundariesSetSchema },
      },
    },
    async (request) => importBoundaries(context(request), request.params.id, request.body),
  );
  app.get(
    '/api/area-monitors/:id/boundaries',
    {
      schema: {
        tags,
        summary: 'The boundaries of the candidate areas as a GeoJSON FeatureCollection (property placeId)',
        params: idParamsSchema,
        response: { 200: boundaryCollectionSchema },
      },
    },
    async (request) => boundaryCollection(context(request), request.params.id),
  );
  app.get(
    '/api/area-monitors/:id/need-index',
    {
      schema: {
        tags,
        summary: 'The composite need index of the candidate areas for a period: z-scores, directions, weighted mean, rank (1 = most need)',
        params: idParamsSchema,
        querystring: needIndexQuerySchema,
        response: { 200: needIndexSchema },
      },
    },
    async (request) => needIndex(context(request), request.params.id, request.query),
  );
  app.post(
    '/api/area-monitors/:id/pilot-selections',
    { schema: { tags, summary: 'Record the selection of a pilot area with its rationale, linked to the project it starts', params: idParamsSchema, body: pilotSelectionCreateSchema, response: { 201: monitorDetailSchema } } },
    async (request, reply) => reply.status(201).send(await selectPilotArea(context(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/area-monitors/:id/pilot-selections/:selectionId',
    { schema: { tags, summary: 'Remove a recorded pilot-area selection', params: selectionParamsSchema, response: { 200: monitorDetailSchema } } },
    async (request) => deletePilotSelection(context(request), request.params.id, request.params.selectionId),
  );
};

