import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { involvementPageSchema, involvementQuerySchema, type ActorKind } from './involvement.schemas.js';
import { involvementOf } from './involvement.service.js';

const ACTOR_ROUTES: { kind: ActorKind; collection: string; tag: string; what: string }[] = [
  { kind: 'organization', collection: '/api/organizations', tag: 'organizations', what: 'an organization' },
  { kind: 'person', collection: '/api/people', tag: 'people', what: 'a person' },
  { kind: 'place', collection: '/api/places', tag: 'places', what: 'a place' },
];

export const involvementRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  for (const actor of ACTOR_ROUTES) {
    app.get(
      `${actor.collection}/:id/involvement`,
      {
        schema: {
          tags: [actor.tag],
          summary: `What ${actor.what} is involved in: partnerships, networks, exchanges, projects, plans, measures, grants and documents, with its roles, newest first`,
          params: idParamsSchema,
          querystring: involvementQuerySchema,
          response: { 200: involvementPageSchema },
        },
      },
      async (request) => involvementOf(context(request), { kind: actor.kind, id: request.params.id }, request.query),
    );
  }
};
