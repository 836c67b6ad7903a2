import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WORKSPACE_ROLES } from '../../core/auth/viewer.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { findWorkspacesByIds } from './memberships.repository.js';

const myWorkspaceSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), role: z.enum(WORKSPACE_ROLES) });

export const workspacesRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  app.get(
    '/api/workspaces/mine',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'The workspaces the viewer belongs to, with their role (empty when not signed in)',
        response: { 200: z.object({ items: z.array(myWorkspaceSchema) }) },
      },
    },
    async (request) => {
      const { viewer } = context(request);
      if (viewer.kind !== 'user') return { items: [] };
      const rows = await context(request).transaction((tx) => findWorkspacesByIds(tx, [...viewer.roles.keys()]));
      return {
        items: rows.map((row) => ({ ...row, role: viewer.roles.get(row.id)! })).sort((a, b) => a.name.localeCompare(b.name)),
      };
    },
  );
};
