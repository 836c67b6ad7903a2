import type { FastifyInstance } from 'fastify';
import { beforeAll, expect } from 'vitest';
import type { SearchResult } from '../../src/modules/knowledge/search/search.schemas.js';
import type { TestApp } from './test-app.js';
import { useWorkspaceWithUsers, type TestUser } from './test-users.js';

/** The body of `POST /api/documents`, or a part of it. */
export type DocumentFields = Record<string, unknown>;

/**
 * A function that adds a document as `author` through the API, `defaults` overlaid with the fields it
 * is given, expects it created and answers its id:
 * `const add = documentAdder(() => testApp.current.app, owner, { workspaceId, kind: 'report', language: 'de' })`.
 */
export function documentAdder(app: () => FastifyInstance, author: TestUser, defaults: DocumentFields) {
  return async (fields: DocumentFields): Promise<string> => {
    const response = await app().inject({ method: 'POST', url: '/api/documents', headers: author.headers, payload: { ...defaults, ...fields } });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
}

/** Adds each document, one after the other, and answers their ids under the same keys. */
export async function addDocuments<Key extends string>(add: (fields: DocumentFields) => Promise<string>, documents: Record<Key, DocumentFields>): Promise<Record<Key, string>> {
  const ids = {} as Record<Key, string>;
  for (const [key, fields] of Object.entries(documents) as [Key, DocumentFields][]) ids[key] = await add(fields);
  return ids;
}

/** A function that searches as `user` (or as a visitor), expects an answer and answers the result: `await search({ q: 'Schule', limit: '50' }, reader)`. */
export function searcher(app: () => FastifyInstance) {
  return async (query: Record<string, string>, user?: TestUser): Promise<SearchResult> => {
    const response = await app().inject({ method: 'GET', url: `/api/search?${new URLSearchParams(query)}`, headers: user?.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as SearchResult;
  };
}

/**
 * Before the tests of the surrounding `describe`: a new workspace named `workspaceName`, a member of it
 * who reads, and each of `documents` added there by that member (`defaults` overlaid with the document's
 * fields). The objects are handed out at once and filled in then:
 * `const { reader, ids } = useSearchCorpus(testApp, 'Komposita', { kind: 'report', language: 'de' }, DOCUMENTS)`.
 */
export function useSearchCorpus<Key extends string>(
  testApp: { readonly current: TestApp },
  workspaceName: string,
  defaults: DocumentFields,
  documents: Record<Key, DocumentFields>,
): { workspace: { id: string }; reader: TestUser; ids: Record<Key, string> } {
  const { workspace, reader } = useWorkspaceWithUsers(testApp, workspaceName, { reader: 'member' });
  const ids = {} as Record<Key, string>;
  beforeAll(async () => {
    const add = documentAdder(() => testApp.current.app, reader, { workspaceId: workspace.id, visibility: 'workspace', publishedOn: '2024-02-01', sourceUrl: null, ...defaults });
    Object.assign(ids, await addDocuments(add, documents));
  });
  return { workspace, reader, ids };
}
