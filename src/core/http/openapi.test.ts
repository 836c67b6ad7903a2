import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';

interface Operation {
  responses: Record<string, { content?: unknown }>;
  security?: unknown;
}

function operationsOf(document: { paths: Record<string, Record<string, Operation>> }): [string, string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]): [string, string, Operation] => [path, method, operation]));
}

describe('API description', () => {
  const testApp = useTestApp({ demoData: false });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the document is checked by shape here
  const openApiDocument = async (): Promise<any> => (await testApp.current.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();

  it('publishes an OpenAPI 3.1 document covering the routes', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Stadtdialog API');
    for (const path of ['/api/health', '/api/partnerships', '/api/partnerships/{id}', '/api/exchanges', '/api/exchanges/{id}', '/api/networks']) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    const listParameters = document.paths['/api/partnerships'].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(listParameters).toEqual(expect.arrayContaining(['kind', 'status', 'limit', 'cursor']));
  });

  it('lists the problems of every operation with the shared problem schema', async () => {
    const document = await openApiDocument();
    expect(document.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'requestId']));
    const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
    for (const [path, method, operation] of operationsOf(document)) {
      expect(operation.responses.default?.content, `${method} ${path}`).toEqual(problem);
      expect(operation.responses['401']?.content, `${method} ${path}`).toEqual(problem);
    }
    const responsesOf = (path: string, method: string) => Object.keys(document.paths[path][method].responses);
    expect(responsesOf('/api/health', 'get')).toEqual(['200', '400', '401', '503', 'default']);
    expect(responsesOf('/api/partnerships', 'get')).toEqual(['200', '400', '401', 'default']);
    expect(responsesOf('/api/partnerships/{id}', 'patch')).toEqual(['200', '400', '401', '403', '404', '409', '413', '415', 'default']);
    expect(responsesOf('/api/auth/sign-in', 'post')).toContain('429');
    expect(document.paths['/api/auth/sign-in'].post['x-rate-limit']).toEqual({ max: 60, windowSeconds: 900 });
  });

  it('describes the named value lists once, as components the operations refer to', async () => {
    const document = await openApiDocument();
    expect(document.components.schemas.MatchingItemKind).toMatchObject({ type: 'string', enum: ['know_how', 'equipment', 'staff_exchange', 'funding_partner', 'reconstruction', 'twinning'] });
    const directoryEntry = document.paths['/api/matching/directory'].get.responses['200'].content['application/json'].schema.properties.items.items;
    expect(directoryEntry.properties.kind).toEqual({ $ref: '#/components/schemas/MatchingItemKind' });
    const refs = [...JSON.stringify(document.paths).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]!);
    for (const name of new Set(refs)) expect(document.components.schemas[name], name).toBeDefined();
  });

  it('names the security schemes and which of them each operation accepts', async () => {
    const document = await openApiDocument();
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'sd_session' });
    expect(document.components.securitySchemes.csrfToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    expect(document.paths['/api/partnerships'].get.security).toEqual([{}, { apiToken: [] }, { sessionCookie: [] }]);
    expect(document.paths['/api/partnerships'].post.security).toEqual([{ apiToken: [] }, { sessionCookie: [], csrfToken: [] }]);
    expect(document.paths['/api/me/tokens'].post.security).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    for (const [path, method, operation] of operationsOf(document)) expect(operation.security, `${method} ${path}`).toBeDefined();
  });

  it('describes file uploads as multipart bodies and CSV imports as text', async () => {
    const document = await openApiDocument();
    for (const path of ['/api/documents/import', '/api/documents/{id}/files']) {
      const content = document.paths[path].post.requestBody.content;
      expect(Object.keys(content), path).toEqual(['multipart/form-data']);
      expect(content['multipart/form-data'].schema).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
    }
    expect(Object.keys(document.paths['/api/imports/{kind}'].post.requestBody.content)).toEqual(['text/csv', 'text/plain']);
    expect(Object.keys(document.paths['/api/area-monitors/{id}/values/import'].post.requestBody.content)).toEqual(['text/csv']);
    expect(Object.keys(document.paths['/api/places/export.csv'].get.responses['200'].content)).toEqual(['text/csv']);
  });

  it('serves the interactive documentation page', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});
