import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import type { Actor, Cast } from './actors.js';
import type { Visibility } from './expectations.js';
import { createOrganizationRecord, createPersonRecord, createPlaceRecord, createThemeRecord, type RecordOwner } from './records.js';
import type { RouteSpec } from './route-specs.js';

type RecordFactory = (db: Db, owner: RecordOwner, visibility: Visibility) => Promise<string>;

const ownerOf = (cast: Cast): RecordOwner => ({ workspaceId: cast.workspaceId, creatorId: cast.userIds.creator! });

/** Undoing a merge needs the right to edit the merged record; the history entry is hidden from outsiders. */
const undoExpectation = (actor: Actor) =>
  actor === 'anonymous' || actor === 'outsider' ? 404 : actor === 'guest' || actor === 'member' ? 403 : 200;

/** The routes a directory collection shares: list, export, read, history, create, change, delete, merge, undo. */
function collectionSpecs(
  collection: string,
  record: RecordFactory,
  bodies: { create: (cast: Cast) => object; update: object },
  rules: { create: RouteSpec['access']; edit: RouteSpec['access'] } = { create: 'create-in-workspace', edit: 'edit-record' },
): Record<string, RouteSpec> {
  return {
    [`GET ${collection}`]: { access: 'anyone', ok: 200, request: () => ({ url: collection }) },
    [`GET ${collection}/export.csv`]: { access: 'anyone', ok: 200, request: () => ({ url: `${collection}/export.csv` }) },
    [`GET ${collection}/:id`]: { access: 'read-record', ok: 200, record, request: ({ recordId }) => ({ url: `${collection}/${recordId}` }) },
    [`GET ${collection}/:id/history`]: { access: 'record-history', ok: 200, record, request: ({ recordId }) => ({ url: `${collection}/${recordId}/history` }) },
    [`POST ${collection}`]: { access: rules.create, ok: 201, request: ({ cast }) => ({ url: collection, payload: bodies.create(cast) }) },
    [`PATCH ${collection}/:id`]: {
      access: rules.edit,
      ok: 200,
      record,
      freshRecord: true,
      request: ({ recordId }) => ({ url: `${collection}/${recordId}`, payload: bodies.update }),
    },
    [`DELETE ${collection}/:id`]: { access: rules.edit, ok: 204, record, freshRecord: true, request: ({ recordId }) => ({ url: `${collection}/${recordId}` }) },
    [`POST ${collection}/:id/merge`]: {
      access: rules.edit,
      ok: 200,
      record,
      freshRecord: true,
      request: async ({ db, cast, recordId }) => ({
        url: `${collection}/${recordId}/merge`,
        payload: { into: await record(db, ownerOf(cast), 'public') },
      }),
    },
    [`POST ${collection}/merges/:eventId/undo`]: {
      access: rules.edit,
      ok: 200,
      request: async ({ db, cast }) => {
        const from = await record(db, ownerOf(cast), 'workspace');
        const into = await record(db, ownerOf(cast), 'workspace');
        const merged = await cast.browsers.owner.post(`${collection}/${from}/merge`, { into });
        if (merged.statusCode !== 200) throw new Error(`Setting up a merge failed: ${merged.body}`);
        return { url: `${collection}/merges/${merged.json().eventId}/undo` };
      },
      expect: undoExpectation,
    },
  };
}

export const DIRECTORY_SPECS: Record<string, RouteSpec> = {
  ...collectionSpecs('/api/places', createPlaceRecord, {
    create: (cast) => ({ workspaceId: cast.workspaceId, kind: 'quarter', parentId: demoId('place:leipzig'), name: 'Neues Viertel' }),
    update: { aliases: ['Anderer Name'] },
  }),
  'GET /api/places/autocomplete': { access: 'anyone', ok: 200, request: () => ({ url: '/api/places/autocomplete?q=Leip' }) },

  ...collectionSpecs('/api/organizations', createOrganizationRecord, {
    create: (cast) => ({ workspaceId: cast.workspaceId, kind: 'ngo', name: 'Neuer Verein' }),
    update: { shortName: 'NV' },
  }),
  'GET /api/organizations/autocomplete': { access: 'anyone', ok: 200, request: () => ({ url: '/api/organizations/autocomplete?q=Stadt' }) },
  'GET /api/organizations/similar': { access: 'anyone', ok: 200, request: () => ({ url: '/api/organizations/similar?name=Stadt%20Leipzig' }) },

  ...collectionSpecs('/api/people', createPersonRecord, {
    create: (cast) => ({ workspaceId: cast.workspaceId, givenName: 'Oksana', familyName: 'Melnyk', consent: { basis: 'consent' } }),
    update: { honorific: 'Dr.' },
  }),
  'GET /api/people/similar': { access: 'anyone', ok: 200, request: () => ({ url: '/api/people/similar?givenName=Oksana&familyName=Melnyk' }) },
  'GET /api/people/:id/export': { access: 'read-record', ok: 200, record: createPersonRecord, request: ({ recordId }) => ({ url: `/api/people/${recordId}/export` }) },
  'POST /api/people/:id/erase': {
    access: 'edit-record',
    ok: 200,
    record: createPersonRecord,
    freshRecord: true,
    request: ({ recordId }) => ({ url: `/api/people/${recordId}/erase` }),
  },

  ...collectionSpecs(
    '/api/themes',
    createThemeRecord,
    { create: (cast) => ({ workspaceId: cast.workspaceId, slug: `neu-${Math.random().toString(36).slice(2, 8)}`, name: { de: 'Neues Thema' } }), update: { position: 3 } },
    { create: 'workspace-reviewer', edit: 'curate-record' },
  ),
  'GET /api/places/:id/involvement': { access: 'read-record', ok: 200, record: createPlaceRecord, request: ({ recordId }) => ({ url: `/api/places/${recordId}/involvement` }) },
  'GET /api/organizations/:id/involvement': { access: 'read-record', ok: 200, record: createOrganizationRecord, request: ({ recordId }) => ({ url: `/api/organizations/${recordId}/involvement` }) },
  'GET /api/people/:id/involvement': { access: 'read-record', ok: 200, record: createPersonRecord, request: ({ recordId }) => ({ url: `/api/people/${recordId}/involvement` }) },
  'GET /api/themes/tree': { access: 'anyone', ok: 200, request: () => ({ url: '/api/themes/tree' }) },

  'GET /api/imports/partnerships/export.csv': { access: 'anyone', ok: 200, request: () => ({ url: '/api/imports/partnerships/export.csv' }) },
  'POST /api/imports/:kind': {
    access: 'create-in-workspace',
    ok: 200,
    request: ({ cast }) => ({
      url: `/api/imports/organizations?workspaceId=${cast.workspaceId}&dryRun=true`,
      payload: 'name,kind\nStadtteilverein Matrix,ngo\n',
      contentType: 'text/csv',
    }),
  },
};
