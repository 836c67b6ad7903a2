import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createAuthenticator, type Authenticator } from './core/auth/authenticate.js';
import { keepCallers } from './core/auth/kept-callers.js';
import { anonymousViewer, systemViewer } from './core/auth/viewer.js';
import type { AppConfig } from './core/config.js';
import type { Database } from './core/db/database.js';
import { createServiceContext } from './core/db/viewer-transaction.js';
import { listenForDataChanges } from './core/db/data-changes.js';
import { COMPRESS_FROM_BYTES, moveVersionOnAfterWrites } from './core/http/kept-answers.js';
import { registerViewerCache } from './core/http/viewer-cache.js';
import { registerVisitorCache } from './core/http/visitor-cache.js';
import { exportLanguageOf } from './core/export/export-language.js';
import { trackAllowedMethods } from './core/http/allowed-methods.js';
import { clientErrorHandler, frameworkErrorHandler, MAX_URL_LENGTH, uriTooLong } from './core/http/client-errors.js';
import { requireCsrfTokenForCookieRequests } from './core/http/csrf-guard.js';
import { registerErrorHandling } from './core/http/error-handler.js';
import { registerHttpCaching } from './core/http/http-caching.js';
import { registerInputHygiene } from './core/http/input-hygiene.js';
import type { ModuleOptions } from './core/http/module-options.js';
import { registerOpenApi } from './core/http/openapi.js';
import { PROBLEM_CODES } from './problem-codes.js';
import { rateLimitError } from './core/http/rate-limit-error.js';
import { registerSecurityHeaders, tileOrigin } from './core/http/security-headers.js';
import { registerWebApp } from './core/http/web-app.js';
import type { Logger } from './core/logger.js';
import { webDistDir } from './core/paths.js';
import { appVersion } from './core/version.js';
import type { AccountsDeps } from './modules/accounts/accounts-deps.js';
import { authRoutes } from './modules/accounts/auth.routes.js';
import { resumeSignedInUser } from './modules/accounts/sessions.service.js';
import { useApiToken } from './modules/api-tokens/api-tokens.service.js';
import { profileRoutes } from './modules/accounts/profile.routes.js';
import { createOidcClient } from './modules/accounts/single-sign-on/oidc-client.js';
import { singleSignOnRoutes } from './modules/accounts/single-sign-on/single-sign-on.routes.js';
import { actorsRoutes } from './modules/actors/actors.routes.js';
import { involvementRoutes } from './modules/involvement/involvement.routes.js';
import { areasRoutes } from './modules/areas/areas.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { importsRoutes } from './modules/imports/imports.routes.js';
import { jobsRoutes } from './modules/jobs/jobs.routes.js';
import { exchangesRoutes } from './modules/exchanges/exchanges.routes.js';
import { fundingRoutes } from './modules/funding/funding.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { postgresRateLimitStore } from './modules/instance/rate-limit-store.js';
import { documentsRoutes } from './modules/knowledge/documents/documents.routes.js';
import { reviewRoutes } from './modules/knowledge/review/review.routes.js';
import { searchRoutes } from './modules/knowledge/search/search.routes.js';
import { thesaurusRoutes } from './modules/knowledge/search/thesaurus/thesaurus.routes.js';
import { introductionsRoutes } from './modules/matching/introductions.routes.js';
import { matchingRoutes } from './modules/matching/matching.routes.js';
import { matchingDirectoryRoutes } from './modules/matching/directory.routes.js';
import { networksRoutes } from './modules/networks/networks.routes.js';
import { openDataRoutes } from './modules/open-data/open-data.routes.js';
import { programmesRoutes } from './modules/programmes/programmes.routes.js';
import { exchangePageHead } from './modules/exchanges/exchange-page-head.js';
import { partnershipsRoutes } from './modules/partnerships/partnerships.routes.js';
import { placesRoutes } from './modules/places/places.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { projectsRoutes } from './modules/projects/projects.routes.js';
import { recordLinksRoutes } from './modules/record-links/record-links.routes.js';
import { startRoutes } from './modules/start/start.routes.js';
import { themesRoutes } from './modules/themes/themes.routes.js';
import { workspacesRoutes } from './modules/workspaces/workspaces.routes.js';

export interface AppDependencies {
  config: AppConfig;
  database: Pick<Database, 'db' | 'pool' | 'kind'> & { applicationRole: string | null };
  logger: Logger;
  webDir?: string;
  authenticate?: Authenticator;
  /** Signs cookies; shared by all app servers (see instanceSecret). */
  cookieSecret: string;
  /** Called after a committed change queued e-mail, so delivery starts at once. */
  mailQueued?: () => void;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RegisteredRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app, for checks that each one is covered (the permission matrix test). */
    registeredRoutes: readonly RegisteredRoute[];
  }
}

/** Builds the HTTP application without listening, so tests can drive it with `inject`. */
export async function buildApp({
  config,
  database,
  logger,
  webDir = webDistDir,
  authenticate,
  cookieSecret,
  mailQueued = () => {},
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
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });

  const registeredRoutes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url });
  });
  app.decorate('registeredRoutes', registeredRoutes);
  const allowedMethodsOf = trackAllowedMethods(app);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputHygiene(app);

  await registerSecurityHeaders(app, { extraImageSources: config.mapTiles ? [tileOrigin(config.mapTiles.url)] : [] });
  await registerHttpCaching(app);
  const dataVersion = listenForDataChanges(database.pool.options, logger);
  app.addHook('onClose', () => dataVersion.close());
  moveVersionOnAfterWrites(app, dataVersion);
  registerVisitorCache(app, { version: dataVersion });
  registerViewerCache(app, { version: dataVersion });
  const authenticateRequest = authenticate ?? createAuthenticator(database.db, keepCallers({ useApiToken, resumeSignedInUser }, { version: dataVersion }));
  await app.register(compress, { threshold: COMPRESS_FROM_BYTES });
  await app.register(cookie, { secret: cookieSecret });
  await app.register(csrfProtection, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: config.cookieSecure === 'always' ? true : config.cookieSecure === 'never' ? false : 'auto' },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(rateLimit, { global: false, store: postgresRateLimitStore(database.db), errorResponseBuilder: rateLimitError });

  app.decorateRequest('viewer', null as never);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.length > MAX_URL_LENGTH) throw uriTooLong();
    request.viewer = anonymousViewer;
    request.viewer = await authenticateRequest(request);
    await requireCsrfTokenForCookieRequests(app, request, reply);
  });

  await registerOpenApi(app, appVersion, PROBLEM_CODES);

  const moduleOptions: ModuleOptions = {
    context: (request) => createServiceContext(database, request.viewer, request.id),
  };
  const accounts: AccountsDeps = { db: database.db, publicUrl: config.publicUrl, signUpOpen: config.signUpOpen, signUpLimitPerHour: config.signUpLimitPerHour, mailQueued };
  await app.register(healthRoutes, { pool: database.pool, databaseKind: database.kind });
  await app.register(authRoutes, {
    ...moduleOptions,
    accounts,
    cookieSecurity: config.cookieSecure,
    singleSignOn: config.oidc ? { displayName: config.oidc.displayName } : null,
    mapTiles: config.mapTiles ?? null,
  });
  if (config.oidc) {
    const oidc = createOidcClient(config.oidc, `${config.publicUrl}/api/auth/oidc/callback`);
    await app.register(singleSignOnRoutes, { accounts, oidc, cookieSecurity: config.cookieSecure });
  }
  await app.register(profileRoutes, { ...moduleOptions, accounts });
  await app.register(workspacesRoutes, { ...moduleOptions, invitations: accounts });
  await app.register(auditRoutes, moduleOptions);
  await app.register(jobsRoutes, moduleOptions);
  await app.register(partnershipsRoutes, moduleOptions);
  await app.register(exchangesRoutes, {
    ...moduleOptions,
    publicUrl: config.publicUrl,
    systemContext: (request) => createServiceContext(database, systemViewer, request.id),
    mailQueued,
  });
  await app.register(networksRoutes, moduleOptions);
  await app.register(programmesRoutes, moduleOptions);
  await app.register(placesRoutes, moduleOptions);
  await app.register(themesRoutes, moduleOptions);
  await app.register(actorsRoutes, moduleOptions);
  await app.register(involvementRoutes, moduleOptions);
  await app.register(importsRoutes, moduleOptions);
  await app.register(projectsRoutes, moduleOptions);
  await app.register(plansRoutes, moduleOptions);
  await app.register(recordLinksRoutes, moduleOptions);
  await app.register(fundingRoutes, moduleOptions);
  await app.register(areasRoutes, moduleOptions);
  await app.register(startRoutes, moduleOptions);
  await app.register(openDataRoutes, moduleOptions);
  await app.register(matchingRoutes, moduleOptions);
  await app.register(matchingDirectoryRoutes, moduleOptions);
  // The knowledge base: documents with their files, links and comments, proposals for review, and the one search.
  await app.register(documentsRoutes, { ...moduleOptions, fileLimitBytes: config.documentFileLimitBytes });
  await app.register(reviewRoutes, { ...moduleOptions, systemContext: (request) => createServiceContext(database, systemViewer, request.id) });
  await app.register(searchRoutes, moduleOptions);
  await app.register(thesaurusRoutes, moduleOptions);
  await app.register(introductionsRoutes, { ...moduleOptions, publicUrl: config.publicUrl, mailQueued });

  const EXCHANGE_PAGE = /^\/exchanges\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
  await registerWebApp(app, webDir, allowedMethodsOf, async (request, path) => {
    const exchangeId = EXCHANGE_PAGE.exec(path)?.[1];
    if (!exchangeId) return null;
    // What crawlers and link previews see is what a visitor may see, whoever asks.
    return exchangePageHead(createServiceContext(database, anonymousViewer, request.id), exchangeId, exportLanguageOf(request), config.publicUrl);
  });
  return app;
}
