import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stadtdialog API',
        description:
          'Municipal partnerships, exchanges, action plans and knowledge. Errors are RFC 9457 problem documents ' +
          '(`application/problem+json`) whose `errors` list names each invalid field.',
        version,
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/en/' },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
