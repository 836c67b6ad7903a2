import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createAuthenticator, type Authenticator } from './core/auth/authenticate.js';
import { anonymousViewer } from './core/auth/viewer.js';
import type { AppConfig } from './core/config.js';
import type { Database } from './core/db/database.js';
import { createServiceContext } from './core/db/viewer-transaction.js';
import { registerErrorHandling } from './core/http/error-handler.js';
import type { ModuleOptions } from './core/http/module-options.js';
import { registerOpenApi } from './core/http/openapi.js';
import { registerSecurityHeaders } from './core/http/security-headers.js';
import { registerWebApp } from './core/http/web-app.js';
import type { Logger } from './core/logger.js';
import { webDistDir } from './core/paths.js';
import { appVersion } from './core/version.js';
import { actorsRoutes } from './modules/actors/actors.routes.js';
import { importsRoutes } from './modules/imports/imports.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { workspacesRoutes } from './modules/workspaces/workspaces.routes.js';
import { exchangesRoutes } from './modules/exchanges/exchanges.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { networksRoutes } from './modules/networks/networks.routes.js';
import { partnershipsRoutes } from './modules/partnerships/partnerships.routes.js';
import { placesRoutes } from './modules/places/places.routes.js';
import { themesRoutes } from './modules/themes/themes.routes.js';

export interface AppDependencies {
  config: Pick<AppConfig, 'bodyLimitBytes' | 'trustProxy'>;
  database: Pick<Database, 'db' | 'pool' | 'kind'> & { applicationRole: string | null };
  logger: Logger;
  webDir?: string;
  authenticate?: Authenticator;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the HTTP application without listening, so tests can drive it with `inject`. */
export async function buildApp({
  config,
  database,
  logger,
  webDir = webDistDir,
  authenticate = createAuthenticator(database.db),
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  app.decorateRequest('viewer', null as never);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.viewer = anonymousViewer;
    request.viewer = await authenticate(request);
  });

  await registerSecurityHeaders(app);
  await app.register(compress, { threshold: 1024 });
  await registerOpenApi(app, appVersion);

  const moduleOptions: ModuleOptions = {
    context: (request) => createServiceContext(database, request.viewer, request.id),
  };
  await app.register(healthRoutes, { pool: database.pool, databaseKind: database.kind });
  await app.register(partnershipsRoutes, moduleOptions);
  await app.register(exchangesRoutes, moduleOptions);
  await app.register(networksRoutes, moduleOptions);
  await app.register(placesRoutes, moduleOptions);
  await app.register(themesRoutes, moduleOptions);
  await app.register(actorsRoutes, moduleOptions);
  await app.register(importsRoutes, moduleOptions);
  await app.register(auditRoutes, moduleOptions);
  await app.register(workspacesRoutes, moduleOptions);

  await registerWebApp(app, webDir);
  return app;
}
