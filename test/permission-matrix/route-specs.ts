import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { DIRECTORY_SPECS } from './directory-specs.js';
import { PLAN_SPECS } from './plan-specs.js';
import { EXCHANGE_SPECS } from './exchange-specs.js';
import { LINK_SPECS } from './link-specs.js';
import { KNOWLEDGE_SPECS } from './knowledge-specs.js';
import { MATCHING_SPECS } from './matching-specs.js';
import { MATCHING_DIRECTORY_SPECS } from './matching-directory-specs.js';
import type { Actor, Cast } from './actors.js';
import type { Access, Visibility } from './expectations.js';
import {
  createExchangeRecord,
  createExtraMember,
  createLinkInvitation,
  createNetworkRecord,
  createPartnershipRecord,
  createTokenOf,
} from './records.js';

export interface AttemptContext {
  db: Db;
  cast: Cast;
  actor: Actor;
  /** The record the attempt addresses, for rules about records. */
  recordId: string;
  unique: string;
}

export interface AttemptRequest {
  url: string;
  payload?: unknown;
  contentType?: string;
}

export interface RouteSpec {
  access: Access;
  /** The status of success. */
  ok: number;
  /** For rules about records: which kind of record to try the route on. */
  record?: (db: Db, owner: { workspaceId: string; creatorId: string }, visibility: Visibility) => Promise<string>;
  /** The route changes or removes its record: make a new one for every attempt. */
  freshRecord?: boolean;
  request: (context: AttemptContext) => Promise<AttemptRequest> | AttemptRequest;
  /** For routes whose answers do not follow one rule alone. */
  expect?: (actor: Actor) => number;
}

const PARTIES = [{ placeId: demoId('place:leipzig') }, { placeId: demoId('place:kyiv') }];

/**
 * Every route of the API with the access rule it must follow. The test fails for a route that
 * is missing here, so a new route cannot ship without a stated and tested policy.
 */
export const ROUTE_SPECS: Record<string, RouteSpec> = {
  'GET /api/health': { access: 'anyone', ok: 200, request: () => ({ url: '/api/health' }) },
  'GET /api/openapi.json': { access: 'anyone', ok: 200, request: () => ({ url: '/api/openapi.json' }) },

  'GET /api/auth/session': { access: 'anyone', ok: 200, request: () => ({ url: '/api/auth/session' }) },
  'POST /api/auth/sign-up': {
    access: 'anyone',
    ok: 201,
    request: ({ unique }) => ({ url: '/api/auth/sign-up', payload: { email: `new-${unique}@example.org`, password: 'a long enough passphrase', displayName: 'New' } }),
  },
  'POST /api/auth/sign-in': {
    access: 'anyone',
    ok: 401,
    request: ({ unique }) => ({ url: '/api/auth/sign-in', payload: { email: `nobody-${unique}@example.org`, password: 'whatever it is' } }),
  },
  'POST /api/auth/sign-out': { access: 'anyone', ok: 204, request: () => ({ url: '/api/auth/sign-out' }) },
  'POST /api/auth/sign-out-everywhere': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/auth/sign-out-everywhere' }) },
  'POST /api/auth/password-reset': {
    access: 'anyone',
    ok: 202,
    request: ({ unique }) => ({ url: '/api/auth/password-reset', payload: { email: `reset-${unique}@example.org` } }),
  },
  'POST /api/auth/password-reset/confirm': {
    access: 'anyone',
    ok: 400,
    request: () => ({ url: '/api/auth/password-reset/confirm', payload: { token: 'sdr_not-a-real-token', password: 'a long enough passphrase' } }),
  },
  'POST /api/auth/verify-email': { access: 'anyone', ok: 400, request: () => ({ url: '/api/auth/verify-email', payload: { token: 'sdv_not-a-real-token' } }) },
  'POST /api/auth/verify-email/resend': { access: 'signed-in', ok: 202, request: () => ({ url: '/api/auth/verify-email/resend' }) },

  'GET /api/me': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/me' }) },
  'PATCH /api/me': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/me', payload: { language: 'en' } }) },
  'PUT /api/me/password': { access: 'signed-in', ok: 204, request: () => ({ url: '/api/me/password', payload: { newPassword: 'a long enough passphrase' } }) },
  'GET /api/me/tokens': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/me/tokens' }) },
  'POST /api/me/tokens': { access: 'signed-in', ok: 201, request: () => ({ url: '/api/me/tokens', payload: { name: 'Script', scope: 'read' } }) },
  'DELETE /api/me/tokens/:id': {
    access: 'signed-in',
    ok: 204,
    request: async ({ db, cast, actor }) => ({ url: `/api/me/tokens/${await createTokenOf(db, cast.userIds[actor])}` }),
    expect: (actor) => (actor === 'anonymous' ? 401 : 204),
  },

  'GET /api/workspaces': { access: 'signed-in', ok: 200, request: () => ({ url: '/api/workspaces' }) },
  'POST /api/workspaces': { access: 'signed-in', ok: 201, request: ({ unique }) => ({ url: '/api/workspaces', payload: { name: `Neu ${unique}` } }) },
  'GET /api/workspaces/:id': { access: 'workspace-member', ok: 200, request: ({ cast }) => ({ url: `/api/workspaces/${cast.workspaceId}` }) },
  'PATCH /api/workspaces/:id': {
    access: 'workspace-owner',
    ok: 200,
    request: ({ cast }) => ({ url: `/api/workspaces/${cast.workspaceId}`, payload: { description: 'Neu beschrieben' } }),
  },
  'PATCH /api/workspaces/:id/members/:userId': {
    access: 'workspace-owner',
    ok: 204,
    request: async ({ db, cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/members/${await createExtraMember(db, cast.workspaceId)}`, payload: { role: 'member' } }),
  },
  'DELETE /api/workspaces/:id/members/:userId': {
    access: 'workspace-owner',
    ok: 204,
    request: async ({ db, cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/members/${await createExtraMember(db, cast.workspaceId)}` }),
  },
  'GET /api/workspaces/:id/invitations': {
    access: 'workspace-owner',
    ok: 200,
    request: ({ cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/invitations` }),
  },
  'POST /api/workspaces/:id/invitations': {
    // Coordinators invite too, in any role but owner (the role tried here is guest).
    access: 'workspace-reviewer',
    ok: 201,
    request: ({ cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/invitations`, payload: { role: 'guest' } }),
  },
  'DELETE /api/workspaces/:id/invitations/:invitationId': {
    access: 'workspace-owner',
    ok: 204,
    request: async ({ db, cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/invitations/${(await createLinkInvitation(db, cast.workspaceId)).id}` }),
  },
  'GET /api/invitations/:token': {
    access: 'anyone',
    ok: 200,
    request: async ({ db, cast }) => ({ url: `/api/invitations/${(await createLinkInvitation(db, cast.workspaceId)).token}` }),
  },
  'POST /api/invitations/accept': {
    access: 'signed-in',
    ok: 200,
    request: async ({ db, cast }) => ({ url: '/api/invitations/accept', payload: { token: (await createLinkInvitation(db, cast.workspaceId)).token } }),
    // Members of the workspace are members already.
    expect: (actor) => (actor === 'anonymous' ? 401 : actor === 'outsider' ? 200 : 409),
  },
  'GET /api/workspaces/:id/audit': { access: 'workspace-reviewer', ok: 200, request: ({ cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/audit` }) },
  'GET /api/workspaces/:id/audit.csv': {
    access: 'workspace-reviewer',
    ok: 200,
    request: ({ cast }) => ({ url: `/api/workspaces/${cast.workspaceId}/audit.csv` }),
  },

  'GET /api/partnerships': { access: 'anyone', ok: 200, request: () => ({ url: '/api/partnerships' }) },
  'POST /api/partnerships': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast }) => ({
      url: '/api/partnerships',
      payload: { workspaceId: cast.workspaceId, kind: 'contact', title: { de: 'Neu' }, parties: PARTIES },
    }),
  },
  'GET /api/partnerships/:id': { access: 'read-record', ok: 200, record: createPartnershipRecord, request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}` }) },
  'PATCH /api/partnerships/:id': {
    access: 'edit-record',
    ok: 200,
    record: createPartnershipRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}`, payload: { status: 'dormant' } }),
  },
  'DELETE /api/partnerships/:id': {
    access: 'edit-record',
    ok: 204,
    record: createPartnershipRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}` }),
  },
  'GET /api/partnerships/:id/history': {
    access: 'record-history',
    ok: 200,
    record: createPartnershipRecord,
    request: ({ recordId }) => ({ url: `/api/partnerships/${recordId}/history` }),
  },

  'GET /api/exchanges': { access: 'anyone', ok: 200, request: () => ({ url: '/api/exchanges' }) },
  'GET /api/exchanges/:id': { access: 'read-record', ok: 200, record: createExchangeRecord, request: ({ recordId }) => ({ url: `/api/exchanges/${recordId}` }) },

  'GET /api/networks': { access: 'anyone', ok: 200, request: () => ({ url: '/api/networks' }) },
  'GET /api/networks/:id': { access: 'read-record', ok: 200, record: createNetworkRecord, request: ({ recordId }) => ({ url: `/api/networks/${recordId}` }) },

  ...DIRECTORY_SPECS,
  ...PLAN_SPECS,
  ...EXCHANGE_SPECS,
  ...LINK_SPECS,
  ...KNOWLEDGE_SPECS,
  ...MATCHING_SPECS,
  ...MATCHING_DIRECTORY_SPECS,
};
