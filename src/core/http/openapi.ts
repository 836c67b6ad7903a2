import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { SECURITY_SCHEMES } from './openapi-access.js';
import { addErrorResponses } from './openapi-error-responses.js';
import { describeRoute } from './openapi-route-transform.js';

export async function registerOpenApi(app: FastifyInstance, version: string, problemCodes: readonly string[]): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stadtdialog API',
        description:
          'Municipal partnerships, exchanges, action plans and knowledge. Errors are RFC 9457 problem documents ' +
          '(`application/problem+json`) whose `errors` list names each invalid field. Scripts authenticate with an API ' +
          'token (`Authorization: Bearer sdt_…`); browsers with the session cookie, sending the CSRF token of ' +
          'GET /api/auth/session in `X-CSRF-Token` with every change. Public records can be read without signing in.',
        version,
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/en/' },
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: describeRoute,
    // Schemas named with `.meta({ id })` become components (the web app generates its value lists from them).
    transformObject: (documentObject) => addErrorResponses(jsonSchemaTransformObject(documentObject) as OpenAPIV3_1.Document, problemCodes),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
