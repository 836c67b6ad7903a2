import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { createTestUser, createTestWorkspace, type TestUser } from './test-users.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A JSON request as a user (or anonymously); the response's status and body. Given a function for the
 * app, it is asked at each request, so a test file can name it before the app starts:
 * `const send = requester(() => testApp.current.app)`.
 */
export function requester(app: FastifyInstance | (() => FastifyInstance)) {
  const appNow = typeof app === 'function' ? app : () => app;
  return async (method: Method, url: string, user?: TestUser | null, payload?: unknown) => {
    const response = await appNow().inject({ method, url, headers: user ? user.headers : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
    const type = String(response.headers['content-type'] ?? '');
    return { status: response.statusCode, body: type.includes('json') ? response.json() : response.body, headers: response.headers };
  };
}

/** A workspace with a user in every role and one from elsewhere. */
export async function workspaceWithRoles(db: Db, name = 'Referat Internationales') {
  const workspace = await createTestWorkspace(db, name);
  const coordinator = await createTestUser(db, { memberships: [[workspace.id, 'coordinator']], name: 'Koordinatorin' });
  const member = await createTestUser(db, { memberships: [[workspace.id, 'member']] });
  const guest = await createTestUser(db, { memberships: [[workspace.id, 'guest']] });
  const outsider = await createTestUser(db);
  return { workspace, coordinator, member, guest, outsider };
}

let counter = 0;

/** People entered by `user` in the workspace (with a lawful basis), returned by id. */
export async function createPeople(
  app: FastifyInstance,
  user: TestUser,
  workspaceId: string,
  names: [given: string, family: string][],
  extra: Record<string, unknown> = {},
): Promise<string[]> {
  const send = requester(app);
  const ids: string[] = [];
  for (const [givenName, familyName] of names) {
    counter += 1;
    const created = await send('POST', '/api/people', user, {
      workspaceId,
      givenName,
      familyName,
      email: `${givenName.toLowerCase()}.${counter}@example.org`,
      consent: { basis: 'consent' },
      ...extra,
    });
    if (created.status !== 201) throw new Error(`creating a person failed: ${JSON.stringify(created.body)}`);
    ids.push(created.body.id);
  }
  return ids;
}

/** An exchange created through the API (a workshop in Munich unless told otherwise). */
export async function createExchange(app: FastifyInstance, user: TestUser, workspaceId: string, fields: Record<string, unknown> = {}) {
  const created = await requester(app)('POST', '/api/exchanges', user, {
    workspaceId,
    kind: 'workshop',
    title: { de: 'Projektwerkstatt', en: 'Project workshop' },
    startDate: '2030-03-04',
    endDate: '2030-03-05',
    ...fields,
  });
  if (created.status !== 201) throw new Error(`creating an exchange failed: ${JSON.stringify(created.body)}`);
  return created.body as { id: string; workspaceId: string } & Record<string, unknown>;
}

/** A contact partnership between Leipzig and Darnytskyi (demo places), created through the API. */
export async function createContactPartnership(app: FastifyInstance, user: TestUser, workspaceId: string, title: string, visibility: 'public' | 'workspace' | 'private') {
  const created = await requester(app)('POST', '/api/partnerships', user, {
    workspaceId,
    visibility,
    kind: 'contact',
    title: { de: title },
    parties: [{ placeId: demoId('place:leipzig') }, { placeId: demoId('place:darnytskyi') }],
  });
  if (created.status !== 201) throw new Error(`creating a partnership failed: ${JSON.stringify(created.body)}`);
  return created.body as { id: string } & Record<string, unknown>;
}
