import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv } from '../../core/csv/csv-export.js';
import { fileWord } from '../../core/export/export-labels.js';
import { exportLanguageOf } from '../../core/export/export-language.js';
import { themeColumns } from './theme-export.js';
import { exportFileName } from '../../core/export/file-names.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import { registerMergeRoutes } from '../../core/http/merge-routes.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import {
  themeCreateSchema,
  themeDetailSchema,
  themeListQuerySchema,
  themePageSchema,
  themeExportQuerySchema,
  themeTreeSchema,
  themeUpdateSchema,
  type ThemeSummary,
} from './themes.schemas.js';
import { createTheme, deleteTheme, getTheme, listThemes, mergeTheme, themeTree, undoThemeMerge, updateTheme } from './themes.service.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { findThemeRow } from './themes.repository.js';

export const themesRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerHistoryRoute(app, { context, collection: '/api/themes', entityType: 'theme', what: 'Theme', tag: 'themes', load: findThemeRow });

  app.get(
    '/api/themes',
    { schema: { tags: ['themes'], summary: 'List themes by name', querystring: themeListQuerySchema, response: { 200: themePageSchema } } },
    async (request) => listThemes(context(request), request.query),
  );
  app.get(
    '/api/themes/tree',
    {
      schema: {
        tags: ['themes'],
        summary: 'The whole taxonomy the viewer may see (up to 2000 themes), ordered for a tree by parentId and position',
        response: { 200: themeTreeSchema },
      },
    },
    async (request) => ({ items: await themeTree(context(request)) }),
  );
  app.get(
    '/api/themes/export.csv',
    { schema: { tags: ['themes'], summary: 'The taxonomy as CSV in the reader’s language', querystring: themeExportQuerySchema } },
    async (request, reply) => {
      const language = exportLanguageOf(request, request.query.lang);
      const items = await themeTree(context(request));
      const file = exportFileName([fileWord('themes', language), new Date().toISOString().slice(0, 10)], 'csv');
      return sendCsv<ThemeSummary>(reply, file, themeColumns(language, items), [items]);
    },
  );
  app.get(
    '/api/themes/:id',
    { schema: { tags: ['themes'], summary: 'One theme with its parent, children and how often it is used', params: idParamsSchema, response: { 200: themeDetailSchema } } },
    async (request) => getTheme(context(request), request.params.id),
  );
  app.post(
    '/api/themes',
    { schema: { tags: ['themes'], summary: 'Add a theme (owners and coordinators)', body: themeCreateSchema, response: { 201: themeDetailSchema } } },
    async (request, reply) => reply.status(201).send(await createTheme(context(request), request.body)),
  );
  app.patch(
    '/api/themes/:id',
    { schema: { tags: ['themes'], summary: 'Rename or move a theme', params: idParamsSchema, body: themeUpdateSchema, response: { 200: themeDetailSchema } } },
    async (request) => updateTheme(context(request), request.params.id, request.body),
  );
  app.delete(
    '/api/themes/:id',
    { schema: { tags: ['themes'], summary: 'Delete a theme nothing uses', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteTheme(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  registerMergeRoutes(app, {
    context,
    collection: '/api/themes',
    tag: 'themes',
    mergeSummary: 'Merge this theme into another: organizations, people and sub-themes move there',
    undoSummary: 'Undo a theme merge from the history',
    merge: mergeTheme,
    undo: undoThemeMerge,
  });
};
