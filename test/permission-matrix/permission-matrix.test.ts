import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';
import { createTestUser } from '../support/test-users.js';
import { ACTORS, castFor, type Actor } from './actors.js';
import { expectedStatus, isRecordRule, type Visibility } from './expectations.js';
import { ROUTE_SPECS, type RouteSpec } from './route-specs.js';

const VISIBILITIES: Visibility[] = ['public', 'workspace', 'private'];

/** The API's own routes: documentation assets and the web app's files are not part of it. */
function apiRoutes(routes: readonly { method: string; url: string }[]): string[] {
  return [
    ...new Set(
      routes
        .filter((route) => route.method !== 'HEAD' && route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
        .map((route) => `${route.method} ${route.url}`),
    ),
  ].sort();
}

describe('permission matrix: route × role × visibility', () => {
  const testApp = useTestApp();

  it('has a stated access rule for every route, and none for routes that do not exist', () => {
    const registered = apiRoutes(testApp.current.app.registeredRoutes);
    expect(registered.filter((route) => !(route in ROUTE_SPECS)), 'routes without an access rule in route-specs.ts').toEqual([]);
    expect(Object.keys(ROUTE_SPECS).filter((route) => !registered.includes(route)), 'rules for routes that no longer exist').toEqual([]);
  });

  for (const [route, spec] of Object.entries(ROUTE_SPECS)) {
    it(`${route} follows "${spec.access}"`, async () => {
      const { app, database } = testApp.current;
      const cast = await castFor(app, database.db);
      const owner = { workspaceId: cast.workspaceId, creatorId: cast.userIds.creator! };
      const visibilities: (Visibility | null)[] = isRecordRule(spec.access) ? VISIBILITIES : [null];
      const outcomes: string[] = [];
      for (const visibility of visibilities) {
        const shared = spec.record && visibility && !spec.freshRecord ? await spec.record(database.db, owner, visibility) : '';
        for (const actor of ACTORS) {
          const recordId = spec.record && visibility && spec.freshRecord ? await spec.record(database.db, owner, visibility) : shared;
          const status = await attempt(spec, actor, { db: database.db, cast, actor, recordId, unique: randomBytes(5).toString('hex') });
          const expected = spec.expect ? spec.expect(actor) : expectedStatus(spec.access, actor, visibility ?? 'public', spec.ok);
          if (status !== expected) outcomes.push(`${actor}${visibility ? ` on a ${visibility} record` : ''}: got ${status}, expected ${expected}`);
        }
      }
      expect(outcomes).toEqual([]);
    });
  }

  it('refuses every change made with a read-only API token', async () => {
    const { app, database } = testApp.current;
    const cast = await castFor(app, database.db);
    const reader = await createTestUser(database.db, { memberships: [[cast.workspaceId, 'owner']], scope: 'read' });
    const failures: string[] = [];
    for (const [route, spec] of Object.entries(ROUTE_SPECS)) {
      const [method] = route.split(' ');
      if (method === 'GET' || spec.access === 'anyone') continue;
      const owner = { workspaceId: cast.workspaceId, creatorId: reader.id };
      const recordId = spec.record ? await spec.record(database.db, owner, 'workspace') : '';
      const { url, payload, contentType } = await spec.request({ db: database.db, cast, actor: 'owner', recordId, unique: randomBytes(5).toString('hex') });
      const headers = { ...reader.headers, ...(contentType ? { 'content-type': contentType } : {}) };
      const response = await app.inject({ method: method as 'POST', url, headers, payload: payload as object });
      if (response.statusCode !== 403) failures.push(`${route}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('states in the API description which routes a visitor may call without signing in', async () => {
    const document = (await testApp.current.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const mismatches: string[] = [];
    for (const [route, spec] of Object.entries(ROUTE_SPECS)) {
      const [method, url] = route.split(' ') as [string, string];
      const path = url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = document.paths[path]?.[method.toLowerCase()];
      if (!operation) continue;
      const anonymousInDocument = operation.security.some((requirement: object) => Object.keys(requirement).length === 0);
      const anonymousInMatrix = spec.access === 'anyone' || spec.access === 'read-record';
      if (anonymousInDocument !== anonymousInMatrix) mismatches.push(`${route}: ${spec.access}, described as ${anonymousInDocument ? 'anonymous' : 'signed in'}`);
    }
    expect(mismatches).toEqual([]);
  });
});

async function attempt(spec: RouteSpec, actor: Actor, context: Parameters<RouteSpec['request']>[0]): Promise<number> {
  const { url, payload, contentType } = await spec.request(context);
  const method = Object.entries(ROUTE_SPECS).find(([, candidate]) => candidate === spec)![0].split(' ')[0]!;
  const browser = context.cast.browsers[actor];
  switch (method) {
    case 'GET':
      return (await browser.get(url)).statusCode;
    case 'POST':
      return (await browser.post(url, payload, { contentType })).statusCode;
    case 'PUT':
      return (await browser.put(url, payload)).statusCode;
    case 'PATCH':
      return (await browser.patch(url, payload)).statusCode;
    default:
      return (await browser.delete(url)).statusCode;
  }
}
