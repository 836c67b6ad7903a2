import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../../../test/support/test-users.js';

describe('search thesaurus editing', () => {
  const testApp = useTestApp({ demoData: false });
  let workspaceId: string;
  let coordinator: TestUser;
  let member: TestUser;
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);

  beforeAll(async () => {
    const db = testApp.current.database.db;
    workspaceId = (await createTestWorkspace(db, 'Begriffe')).id;
    coordinator = await createTestUser(db, { memberships: [[workspaceId, 'coordinator']] });
    member = await createTestUser(db, { memberships: [[workspaceId, 'member']] });
    const documents = [
      { language: 'en', title: 'Rainwater harvesting on school roofs', text: 'Cisterns collect water for the gardens.' },
      { language: 'de', title: 'Ein neuer Spielplatz', text: 'Kinder bauen mit am Spielplatz.' },
    ];
    for (const document of documents) {
      const response = await inject({ method: 'POST', url: '/api/documents', headers: member.headers, payload: { workspaceId, visibility: 'workspace', kind: 'report', ...document } });
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  const search = async (q: string, headers: Record<string, string>) => {
    const response = await inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}&type=document`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { title: Record<string, string> }[]; alsoSearched: string[] };
  };

  it('ships entries for the field in three languages, readable by everyone', async () => {
    const all: { terms: Record<string, string[]>; canEdit: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const response = await inject({ method: 'GET', url: `/api/search/thesaurus?limit=100${cursor ? `&cursor=${cursor}` : ''}` });
      expect(response.statusCode, response.body).toBe(200);
      all.push(...response.json().items);
      cursor = response.json().nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.every((entry) => !entry.canEdit)).toBe(true);
    const heating = all.find((entry) => entry.terms.de!.includes('Fernwärme'))!;
    expect(heating.terms.en).toContain('district heating');
    const found = (await inject({ method: 'GET', url: '/api/search/thesaurus?q=teplo' })).json().items;
    expect(found).toEqual([]);
    const cyrillic = (await inject({ method: 'GET', url: `/api/search/thesaurus?q=${encodeURIComponent('теплопостачання')}` })).json().items;
    expect(cyrillic.map((entry: { terms: { de: string[] } }) => entry.terms.de[0])).toContain('Fernwärme');
  });

  it('lets coordinators add, change and remove entries, with history; the search uses them at once', async () => {
    const payload = { workspaceId, visibility: 'workspace', terms: { de: ['Regenwassernutzung'], en: ['rainwater harvesting'], uk: ['збір дощової води'] } };
    expect((await inject({ method: 'POST', url: '/api/search/thesaurus', payload })).statusCode).toBe(401);
    expect((await inject({ method: 'POST', url: '/api/search/thesaurus', payload, headers: member.headers })).statusCode).toBe(403);
    const created = await inject({ method: 'POST', url: '/api/search/thesaurus', payload, headers: coordinator.headers });
    expect(created.statusCode, created.body).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({ workspaceId, visibility: 'workspace', canEdit: true, terms: payload.terms });

    // A German query now finds the English document and says what else it searched.
    const found = await search('Regenwassernutzung', member.headers);
    expect(found.items.map((item) => item.title.en ?? item.title.de)).toEqual(['Rainwater harvesting on school roofs']);
    expect(found.alsoSearched).toContain('rainwater harvesting');
    // Outsiders do not see a workspace's entry, nor does the search expand with it for them.
    const outsider = await createTestUser(testApp.current.database.db, { memberships: [[(await createTestWorkspace(testApp.current.database.db, 'Andere')).id, 'owner']] });
    expect((await inject({ method: 'GET', url: `/api/search/thesaurus/${entry.id}`, headers: outsider.headers })).statusCode).toBe(404);
    expect((await search('Regenwassernutzung', outsider.headers)).alsoSearched).toEqual([]);

    const changed = await inject({
      method: 'PATCH',
      url: `/api/search/thesaurus/${entry.id}`,
      payload: { terms: { de: ['Regenwassernutzung', 'Zisterne'], en: ['rainwater harvesting'] } },
      headers: coordinator.headers,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().terms).toEqual({ de: ['Regenwassernutzung', 'Zisterne'], en: ['rainwater harvesting'], uk: [] });
    expect((await inject({ method: 'PATCH', url: `/api/search/thesaurus/${entry.id}`, payload: { visibility: 'public' }, headers: member.headers })).statusCode).toBe(403);

    const history = (await inject({ method: 'GET', url: `/api/search/thesaurus/${entry.id}/history`, headers: coordinator.headers })).json().items;
    expect(history.map((event: { action: string }) => event.action)).toEqual(['update', 'create']);

    expect((await inject({ method: 'DELETE', url: `/api/search/thesaurus/${entry.id}`, headers: coordinator.headers })).statusCode).toBe(204);
    expect((await inject({ method: 'GET', url: `/api/search/thesaurus/${entry.id}`, headers: coordinator.headers })).statusCode).toBe(404);
    // The entry no longer expands the query; what is left is the search by the compound's parts.
    const afterRemoval = await search('Regenwassernutzung', member.headers);
    expect(afterRemoval.alsoSearched).not.toContain('rainwater harvesting');
    expect(afterRemoval.alsoSearched).not.toContain('Zisterne');
  });

  it('names the field of bad terms and writes nothing', async () => {
    const post = (terms: object) => inject({ method: 'POST', url: '/api/search/thesaurus', payload: { workspaceId, terms }, headers: coordinator.headers });
    const problems = [
      [{ de: ['Wasser'] }, 'body.terms', 'too_few'],
      [{ de: ['Wasser'], en: ['wasser'] }, 'body.terms.en.0', 'listed_twice'],
      [{ de: ['Wasser', 'x'] }, 'body.terms.de.1', 'too_short'],
      [{ de: ['Wasser', '<b>'] }, 'body.terms.de.1', 'invalid_format'],
      [{ fr: ['eau'], de: ['Wasser'] }, 'body.terms.fr', 'unknown_field'],
    ] as const;
    for (const [terms, field, code] of problems) {
      const response = await post(terms);
      expect(response.statusCode, JSON.stringify(terms)).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field, code });
    }
    const mine = (await inject({ method: 'GET', url: `/api/search/thesaurus?workspaceId=${workspaceId}`, headers: coordinator.headers })).json().items;
    expect(mine).toEqual([]);
  });
});
