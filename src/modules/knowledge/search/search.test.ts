import { beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../../demo/demo-id.js';
import { useTestApp } from '../../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../../test/support/test-users.js';

interface Hit {
  type: string;
  id: string;
  year: number | null;
  countries: string[];
  snippet: { text: string; hit: boolean }[];
}
interface Result {
  items: Hit[];
  nextCursor: string | null;
  total: number;
  facets: { type: { value: string; count: number }[]; theme: { value: string; count: number }[]; country: { value: string; count: number }[]; year: { value: string; count: number }[] } | null;
  corrections: { term: string; replacements: string[] }[];
  matched: 'all' | 'any';
}

const DOCUMENTS = {
  partnership: {
    kind: 'news',
    publishedOn: '2021-06-10',
    title: 'Sechzig Jahre Städtepartnerschaft Leipzig–Kiew',
    text: 'Seit 1961 verbindet eine Partnerschaft die Städte Leipzig und Kiew. Zum Jubiläum trafen sich Vertreterinnen beider Stadtverwaltungen im Neuen Rathaus.',
  },
  english: {
    kind: 'report',
    publishedOn: '2019-09-02',
    title: 'Neighbourhood councils compared',
    text: 'Residents organised neighbourhood councils in both cities. The councils were planning small improvements of courtyards and playgrounds together with the districts.',
  },
  ukrainian: {
    kind: 'news',
    publishedOn: '2022-04-20',
    title: 'Громада підтримує переселенців',
    text: 'Громада Вінниці відкрила центр підтримки для внутрішньо переміщених осіб. Партнери з Німеччини допомогли обладнанням.',
  },
  munich: {
    kind: 'minutes',
    publishedOn: '2023-11-29',
    title: 'Protokoll der Werkstatt in München',
    text: 'In München berieten Fachleute aus ukrainischen Kommunen über Fördermittel für Wärmeversorgung und Schulsanierung.',
  },
};

describe('search API', () => {
  const testApp = useTestApp();
  let reader: TestUser;
  let secretKeeper: TestUser;
  const ids: Record<string, string> = {};
  let secretId: string;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    const workspaceId = (await createTestWorkspace(db, 'Suche')).id;
    reader = await createTestUser(db, { memberships: [[workspaceId, 'member']] });
    secretKeeper = await createTestUser(db, { memberships: [[workspaceId, 'member']] });
    for (const [key, document] of Object.entries(DOCUMENTS)) {
      const response = await testApp.current.app.inject({ method: 'POST', url: '/api/documents', headers: reader.headers, payload: { workspaceId, visibility: 'public', ...document } });
      expect(response.statusCode, response.body).toBe(201);
      ids[key] = response.json().id;
    }
    const secret = await testApp.current.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: secretKeeper.headers,
      payload: { workspaceId, visibility: 'private', kind: 'concept', publishedOn: '2021-01-05', title: 'Vertrauliche Partnerschaft', text: 'Entwurf: eine Partnerschaft mit Kiew über Quokkafarmen, noch vertraulich.' },
    });
    secretId = secret.json().id;
  });

  const search = async (query: string, user: TestUser | null = reader): Promise<Result> => {
    const response = await testApp.current.app.inject({ method: 'GET', url: `/api/search?${query}`, headers: user?.headers ?? {} });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const found = async (q: string, extra = '') => (await search(`q=${encodeURIComponent(q)}${extra}&limit=50`)).items.map((item) => item.id);

  it('finds German words in any of their forms', async () => {
    expect(await found('Partnerschaften')).toContain(ids.partnership);
    expect(await found('Stadtverwaltungen')).toContain(ids.partnership);
    expect(await found('Stadtverwaltung')).toContain(ids.partnership);
  });

  it('finds English words in any of their forms', async () => {
    expect(await found('council plan')).toContain(ids.english);
    expect(await found('organising playground')).toContain(ids.english);
  });

  it('finds Ukrainian text by a Ukrainian word in another form', async () => {
    expect(await found('громади')).toContain(ids.ukrainian);
    expect(await found('підтримка')).toContain(ids.ukrainian);
    expect(await found('Вінниця')).toContain(ids.ukrainian);
  });

  it('finds words without their accents', async () => {
    expect(await found('Munchen')).toContain(ids.munich);
    expect(await found('Munchen')).toContain(demoId('exchange:munich-workshop-2023'));
    expect(await found('Warmeversorgung')).toContain(ids.munich);
  });

  it('finds places by every spelling: Kiew, Kyiv and Київ', async () => {
    for (const q of ['Kiew', 'Kyiv', 'Київ', 'Kiev']) {
      const hits = await found(q);
      expect(hits, q).toContain(demoId('place:kyiv'));
      expect(hits, q).toContain(ids.partnership);
    }
  });

  it('corrects misspelt words and finds what they meant', async () => {
    const result = await search(`q=${encodeURIComponent('Partnershaft')}&limit=50`);
    expect(result.matched).toBe('all');
    expect(result.corrections).toEqual([expect.objectContaining({ term: 'Partnershaft', replacements: expect.arrayContaining([expect.stringMatching(/^partnerschaft/)]) })]);
    expect(result.items.map((item) => item.id)).toContain(ids.partnership);
    const misspeltTown = await search(`q=${encodeURIComponent('Vinnitzya')}&limit=50`);
    // A misspelt town is found by the place search's own folding (no correction needed) or corrected.
    expect(misspeltTown.items.map((item) => item.id)).toContain(demoId('place:vinnytsia'));
    expect(misspeltTown.items.map((item) => item.id)).toContain(ids.ukrainian);
  });

  it('finds a Ukrainian text naming a town in another case by the town’s German or English name', async () => {
    for (const q of ['Winniza', 'Vinnytsia']) expect(await found(q), q).toContain(ids.ukrainian);
  });

  it('marks the words found in the snippet', async () => {
    const [hit] = (await search(`q=Jubiläum&type=document`)).items;
    expect(hit!.id).toBe(ids.partnership);
    const marked = hit!.snippet.filter((segment) => segment.hit).map((segment) => segment.text);
    expect(marked).toEqual(['Jubiläum']);
    expect(hit!.snippet.map((segment) => segment.text).join('')).toContain('Zum Jubiläum trafen sich');
  });

  it('counts facets by kind, theme, country and year, with the filters applied', async () => {
    const all = await search('q=Kiew&limit=50');
    expect(all.facets!.type.find((facet) => facet.value === 'document')!.count).toBeGreaterThanOrEqual(1);
    expect(all.facets!.type.find((facet) => facet.value === 'place')!.count).toBeGreaterThanOrEqual(1);
    expect(all.facets!.country.map((facet) => facet.value)).toContain('UA');
    const typeTotal = all.facets!.type.reduce((sum, facet) => sum + facet.count, 0);
    expect(typeTotal).toBe(all.total);

    const documents = await search('q=Kiew&type=document&year=2021');
    expect(documents.items.map((item) => item.id)).toContain(ids.partnership);
    expect(documents.items.every((item) => item.type === 'document' && item.year === 2021)).toBe(true);
    expect(documents.facets!.year).toEqual([{ value: '2021', count: documents.total }]);
    // The kind facet ignores the kind filter, so other kinds stay to choose from.
    expect(documents.facets!.type.map((facet) => facet.value)).toContain('document');

    const ukrainian = await search('q=Kiew&country=UA&limit=50');
    expect(ukrainian.items.every((item) => item.countries.includes('UA'))).toBe(true);
    expect(ukrainian.total).toBeLessThanOrEqual(all.total);

    const withTheme = all.facets!.theme[0];
    if (withTheme) {
      const themed = await search(`q=Kiew&theme=${withTheme.value}&limit=50`);
      expect(themed.total).toBe(withTheme.count);
    }
  });

  it('pages by keyset without repeats or gaps', async () => {
    const first = await search('q=Leipzig&limit=50');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Result = await search(`q=Leipzig&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (cursor) expect(page.facets).toBeNull();
      seen.push(...page.items.map((item) => `${item.type}:${item.id}`));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(first.total);
    expect(pages).toBeGreaterThan(2);
  });

  it('never shows a private document to others, nor counts it', async () => {
    expect(await found('Quokkafarmen')).toEqual([]);
    expect((await search('q=Quokkafarmen', null)).total).toBe(0);
    const owner = await search('q=Quokkafarmen', secretKeeper);
    expect(owner.items.map((item) => item.id)).toEqual([secretId]);
    const forReader = await search('q=Partnerschaft&type=document&year=2021');
    expect(forReader.items.map((item) => item.id)).not.toContain(secretId);
    expect(forReader.facets!.type.find((facet) => facet.value === 'document')!.count).toBe(forReader.total);
    const forKeeper = await search('q=Partnerschaft&type=document&year=2021', secretKeeper);
    expect(forKeeper.total).toBe(forReader.total + 1);
    expect(forKeeper.facets!.year.find((facet) => facet.value === '2021')!.count).toBe(forReader.facets!.year.find((facet) => facet.value === '2021')!.count + 1);
  });

  it('refuses bad queries with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['q=', 'query.q'],
      ['q=%20%20', 'query.q'],
      ['', 'query.q'],
      ['q=Kiew&country=ukraine', 'query.country'],
      ['q=Kiew&year=zwanzig', 'query.year'],
      ['q=Kiew&year=99', 'query.year'],
      ['q=Kiew&type=planet', 'query.type'],
      ['q=Kiew&limit=500', 'query.limit'],
    ];
    for (const [query, field] of cases) {
      const response = await testApp.current.app.inject({ method: 'GET', url: `/api/search?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field), query).toContain(field);
    }
  });
});
