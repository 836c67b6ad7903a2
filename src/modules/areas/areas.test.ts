import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requestsAs } from '../../../test/support/requests-as.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, workspaceWithUsers } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';
import { computeNeedIndex } from './need-index.js';

const GRUENAU = demoId('place:gruenau');
const OSTEN = demoId('place:leipziger-osten');
const SCHOENEFELD = demoId('place:leipzig-schoenefeld');
const MULDE = demoId('place:unterstadt-mulde');
const LEIPZIG = demoId('place:leipzig');

/*
 * Three areas, two indicators (the arithmetic every expectation below comes from):
 *
 *   unemployment (higher is worse, weight 2): Grünau 10, Osten 30, Schönefeld 20 → mean 20,
 *     population sd = √((10² + 10² + 0²)/3) = √(200/3) = 8.16497; z = −1.22474, +1.22474, 0
 *   turnout (higher is better, weight 1):    Grünau 60, Osten 50, Schönefeld 40 → mean 50, sd 8.16497;
 *     z = +1.22474, 0, −1.22474; turned (× −1) = −1.22474, 0, +1.22474
 *
 *   composite = (2 · unemployment + 1 · turnout) / 3
 *     Grünau = (2 · −1.22474 − 1.22474) / 3 = −1.22474   → rank 3
 *     Osten  = (2 · 1.22474 + 0) / 3        = 0.81650    → rank 1
 *     Schönefeld = (0 + 1.22474) / 3       = 0.40825    → rank 2
 *
 *   with equal weights 1:1: Grünau −1.22474, Osten 0.61237, Schönefeld 0.61237 → Osten and Schönefeld share rank 1
 */
const Z = Math.sqrt(3 / 2); // 10 / √(200/3) = 1.2247448…

describe('need index', () => {
  it('standardises, turns and weights the indicators and ranks by the composite', () => {
    const values = new Map([
      ['g', new Map([['u', 10], ['t', 60]])],
      ['o', new Map([['u', 30], ['t', 50]])],
      ['m', new Map([['u', 20], ['t', 40]])],
      ['empty', new Map<string, number>()],
    ]);
    const ranked = computeNeedIndex(['g', 'o', 'm', 'empty'], [{ id: 'u', direction: 'higher_is_worse', weight: 2 }, { id: 't', direction: 'higher_is_better', weight: 1 }], values);
    expect(ranked.map((area) => area.placeId)).toEqual(['o', 'm', 'g', 'empty']);
    expect(ranked[0]!.score).toBeCloseTo((2 * Z) / 3, 10);
    expect(ranked[1]!.score).toBeCloseTo(Z / 3, 10);
    expect(ranked[2]!.score).toBeCloseTo(-Z, 10);
    expect(ranked.map((area) => area.rank)).toEqual([1, 2, 3, null]);
    expect(ranked[0]!.components).toEqual([
      { indicatorId: 'u', value: 30, z: expect.closeTo(Z, 10), score: expect.closeTo(Z, 10) },
      { indicatorId: 't', value: 50, z: 0, score: -0 },
    ]);
    expect(ranked[3]!.missing).toEqual(['u', 't']);
  });

  it('gives equal scores the same rank, and 0 to an indicator whose values are all equal', () => {
    const values = new Map([
      ['a', new Map([['x', 5], ['y', 1]])],
      ['b', new Map([['x', 5], ['y', 3]])],
    ]);
    const ranked = computeNeedIndex(['a', 'b'], [{ id: 'x', direction: 'higher_is_worse', weight: 1 }, { id: 'y', direction: 'higher_is_worse', weight: 1 }], values);
    // x: sd 0 → z 0 for both; y: mean 2, sd 1 → a −1, b +1; composite a = −0.5, b = 0.5
    expect(ranked.map((area) => [area.placeId, area.score, area.rank])).toEqual([['b', 0.5, 1], ['a', -0.5, 2]]);
  });
});

describe('area monitoring', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const as = requestsAs(() => testApp.current.app);

  async function monitorWithIndicators() {
    const db = testApp.current.database.db;
    const { workspace, user } = await workspaceWithUsers(db, 'Stadterneuerung', { user: 'member' });
    const created = await as(user).post('/api/area-monitors', {
      workspaceId: workspace.id,
      title: { de: 'Gebiete mit besonderem Unterstützungsbedarf' },
      cityPlaceId: demoId('place:leipzig'),
      indicators: [
        { key: 'unemployment', name: { de: 'Arbeitslosenquote' }, unit: '%', direction: 'higher_is_worse', weight: 2 },
        { key: 'turnout', name: { de: 'Wahlbeteiligung' }, unit: '%', direction: 'higher_is_better', weight: 1 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    return { workspace, user, monitor: created.json() };
  }

  it('imports values from CSV, reporting every bad row and writing nothing until they are fixed or skipped', async () => {
    const { user, monitor } = await monitorWithIndicators();
    const url = `/api/area-monitors/${monitor.id}/values/import`;
    const file = ['area;period;unemployment;turnout', 'Grünau;2016;10;60', 'Leipziger Osten;2016;30;50', 'Schönefeld;2016;20;40', 'Atlantis;2016;5;5', 'Grünau;2016x;zehn;'].join('\n');
    const rejected = (await as(user).csv(url, file)).json();
    expect(rejected).toMatchObject({ rows: 5, validRows: 3, invalidRows: 2, valuesWritten: 0 });
    expect(rejected.issues).toEqual([
      { line: 5, field: 'area', code: 'unknown_area', params: { name: 'Atlantis', city: 'Leipzig' }, message: 'no place in Leipzig is called "Atlantis"; create it as a quarter of Leipzig or correct the name' },
      { line: 6, field: 'period', code: 'invalid_period', message: 'must be a year (2016), a quarter (2016-Q4) or a month (2016-12)' },
      { line: 6, field: 'unemployment', code: 'invalid_number', message: 'must be a number (or - to remove the value), not "zehn"' },
    ]);
    expect((await as(user).get(`/api/area-monitors/${monitor.id}`)).json().periods).toEqual([]);
    const columns = (await as(user).csv(url, 'area,period,shoe_size\nGrünau,2016,42')).json();
    expect(columns.issues[0]).toMatchObject({ line: 1, field: 'shoe_size' });

    const written = (await as(user).csv(`${url}?skipInvalid=true`, file)).json();
    expect(written).toMatchObject({ valuesWritten: 6, areasAdded: 3 });
    const detail = (await as(user).get(`/api/area-monitors/${monitor.id}`)).json();
    expect(detail.periods).toEqual(['2016']);
    expect(detail.areas.map((area: { id: string }) => area.id).sort()).toEqual([GRUENAU, OSTEN, SCHOENEFELD].sort());
    const table = (await as(user).get(`/api/area-monitors/${monitor.id}/values?period=2016`)).json();
    expect(table.rows.find((row: { area: { id: string } }) => row.area.id === OSTEN).values).toEqual({ unemployment: 30, turnout: 50 });
  });

  it('ranks the areas by the need index with saved or tried weights, naming bad weights', async () => {
    const { user, monitor } = await monitorWithIndicators();
    await as(user).csv(`/api/area-monitors/${monitor.id}/values/import`, 'area,period,unemployment,turnout\nGrünau,2016,10,60\nLeipziger Osten,2016,30,50\nSchönefeld,2016,"20,0",40');
    const index = (await as(user).get(`/api/area-monitors/${monitor.id}/need-index?period=2016`)).json();
    expect(index.ranking.map((entry: { area: { id: string }; rank: number }) => [entry.area.id, entry.rank])).toEqual([[OSTEN, 1], [SCHOENEFELD, 2], [GRUENAU, 3]]);
    expect(index.ranking[0].score).toBeCloseTo((2 * Z) / 3, 10);
    expect(index.ranking[1].score).toBeCloseTo(Z / 3, 10);
    expect(index.ranking[2].score).toBeCloseTo(-Z, 10);
    expect(index.indicators[0]).toMatchObject({ key: 'unemployment', mean: 20, standardDeviation: expect.closeTo(Math.sqrt(200 / 3), 10) });

    const equal = (await as(user).get(`/api/area-monitors/${monitor.id}/need-index?period=2016&weights=unemployment:1,turnout:1`)).json();
    expect(equal.ranking.map((entry: { rank: number }) => entry.rank)).toEqual([1, 1, 3]);
    expect(equal.ranking[0].score).toBeCloseTo(Z / 2, 10);

    const flipped = (await as(user).get(`/api/area-monitors/${monitor.id}/need-index?period=2016&directions=turnout:higher_is_worse`)).json();
    // turnout turned the other way: Grünau (2·−1.22474 + 1.22474)/3 = −0.40825, Osten 0.81650, Schönefeld (0 − 1.22474)/3 = −0.40825
    expect(flipped.ranking.map((entry: { area: { id: string }; rank: number }) => [entry.area.id, entry.rank])).toEqual([[OSTEN, 1], [GRUENAU, 2], [SCHOENEFELD, 2]]);

    const zero = await as(user).get(`/api/area-monitors/${monitor.id}/need-index?period=2016&weights=unemployment:0,turnout:0`);
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors).toEqual([{ field: 'query.weights', code: 'invalid_value', message: 'the weights must sum to a positive value' }]);
    const negative = await as(user).get(`/api/area-monitors/${monitor.id}/need-index?period=2016&weights=unemployment:-1`);
    expect(negative.json().errors).toEqual([{ field: 'query.weights', code: 'too_small', params: { min: 0 }, message: 'must not be negative' }]);
    const saved = await as(user).patch(`/api/area-monitors/${monitor.id}`, {
      indicators: monitor.indicators.map((indicator: { id: string; key: string; name: object }) => ({ id: indicator.id, key: indicator.key, name: indicator.name, weight: 0 })),
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().errors).toEqual([{ field: 'body.indicators', code: 'invalid_value', message: 'the weights must sum to a positive value' }]);
  });

  it('records a pilot-area selection with its rationale and need index, and sets the pilot area of the project it starts', async () => {
    const { workspace, user, monitor } = await monitorWithIndicators();
    await as(user).csv(`/api/area-monitors/${monitor.id}/values/import`, 'area,period,unemployment,turnout\nGrünau,2016,10,60\nLeipziger Osten,2016,30,50\nSchönefeld,2016,20,40');
    const project = (await as(user).post('/api/projects', { workspaceId: workspace.id, title: { de: 'Integration durch Initiativmanagement' } })).json();
    const outside = await as(user).post(`/api/area-monitors/${monitor.id}/pilot-selections`, { placeId: demoId('place:kyiv'), period: '2016', rationale: { de: 'X' }, selectedOn: '2017-02-01' });
    expect(outside.json().errors).toEqual([{ field: 'body.placeId', code: 'unknown_reference', message: 'must be one of the candidate areas of this monitoring' }]);
    const selected = await as(user).post(`/api/area-monitors/${monitor.id}/pilot-selections`, {
      placeId: OSTEN,
      period: '2016',
      rationale: { de: 'Höchster Bedarf, aktive Initiativen vor Ort, keine laufende Förderkulisse' },
      projectId: project.id,
      selectedOn: '2017-02-01',
    });
    expect(selected.statusCode, selected.body).toBe(201);
    expect(selected.json().selections[0]).toMatchObject({ area: { id: OSTEN }, project: { id: project.id }, needIndex: { rank: 1, areas: 3, weights: { unemployment: 2, turnout: 1 } } });
    expect((await as(user).get(`/api/projects/${project.id}`)).json().pilotArea.id).toBe(OSTEN);
    expect((await as(user).get(`/api/area-monitors?projectId=${project.id}`)).json().items).toEqual([]);
    const stranger = await createTestUser(testApp.current.database.db);
    expect((await as(stranger).get(`/api/area-monitors/${monitor.id}/need-index?period=2016`)).statusCode).toBe(404);
  });
  const square = (lon: number, lat: number) => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] });

  it('matches import rows to the candidates first, asks about a near name, lists every match and addition, and never reaches outside the city', async () => {
    const { workspace, user, monitor } = await monitorWithIndicators();
    const hyphenated = await as(user).post('/api/places', { workspaceId: workspace.id, kind: 'quarter', parentId: LEIPZIG, name: 'Leipzig-Volkmarsdorf', countryCode: 'DE' });
    expect(hyphenated.statusCode, hyphenated.body).toBe(201);
    const town = await as(user).post('/api/places', { workspaceId: workspace.id, kind: 'municipality', name: 'Volkmarsdorf', countryCode: 'DE', population: 12_000 });
    expect(town.statusCode, town.body).toBe(201);
    const candidates = await as(user).patch(`/api/area-monitors/${monitor.id}`, { areaPlaceIds: [OSTEN, hyphenated.json().id] });
    expect(candidates.statusCode, candidates.body).toBe(200);
    const outside = await as(user).patch(`/api/area-monitors/${monitor.id}`, { areaPlaceIds: [OSTEN, MULDE] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([{ field: 'body.areaPlaceIds.1', code: 'outside_city', params: { city: 'Leipzig' }, message: 'is not a place in Leipzig' }]);

    const url = `/api/area-monitors/${monitor.id}/values/import?dryRun=true`;
    const file = ['area,period,Arbeitslosenquote,turnout', 'Volkmarsdorf,2016,14.8,40', 'Leipziger Ostn,2016,12,41', 'Gruenau,2016,9,60', 'Glauchau,2016,7,55', 'Leipzig-Volkmarsdoorf,2016,1,1'].join('\n');
    const report = (await inject({ method: 'POST', url, headers: { ...user.headers, 'content-type': 'text/csv', 'accept-language': 'de' }, payload: file })).json();
    expect(report).toMatchObject({ dryRun: true, rows: 5, validRows: 2, invalidRows: 3, valuesWritten: 0, areasAdded: 1 });
    expect(report.areas.map((entry: { line: number; name: string; area: { id: string }; added: boolean }) => [entry.line, entry.name, entry.area.id, entry.added])).toEqual([
      [2, 'Volkmarsdorf', hyphenated.json().id, false],
      [4, 'Gruenau', GRUENAU, true],
    ]);
    expect(report.issues).toEqual([
      {
        line: 3,
        field: 'area',
        code: 'ambiguous_area',
        params: { name: 'Leipziger Ostn', options: ['Leipziger Osten'] },
        message: '„Leipziger Ostn“ ist nicht genau der Name eines Kandidatengebiets. Gemeint sein kann: Leipziger Osten. Bitte schreiben Sie den Namen so, wie er in der Liste steht.',
      },
      { line: 5, field: 'area', code: 'unknown_area', params: { name: 'Glauchau', city: 'Leipzig' }, message: 'In Leipzig gibt es kein Gebiet „Glauchau“. Legen Sie es als Quartier von Leipzig an oder korrigieren Sie den Namen.' },
      // A doubled letter is a spelling the search folds away, but not the same name: asked, not guessed.
      expect.objectContaining({ line: 6, code: 'ambiguous_area', params: { name: 'Leipzig-Volkmarsdoorf', options: ['Leipzig-Volkmarsdorf'] } }),
    ]);
    expect((await as(user).get(`/api/area-monitors/${monitor.id}`)).json().areas).toHaveLength(2);

    const suggestions = (await as(user).get(`/api/places/autocomplete?q=Volkmarsdorf&within=${LEIPZIG}`)).json().items;
    expect(suggestions.map((place: { id: string }) => place.id)).toEqual([hyphenated.json().id]);
  });

  it('derives indicator keys from the names and takes names as CSV columns', async () => {
    const db = testApp.current.database.db;
    const { workspace, user } = await workspaceWithUsers(db, 'Stadtumbau', { user: 'member' });
    const created = await as(user).post('/api/area-monitors', {
      workspaceId: workspace.id,
      title: { de: 'Bedarf' },
      cityPlaceId: LEIPZIG,
      areaPlaceIds: [OSTEN],
      indicators: [{ name: { de: 'Anteil mit Grundsicherung' } }, { name: { de: 'Anteil mit Grundsicherung!' } }, { name: { uk: 'Безробіття' } }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().indicators.map((indicator: { key: string }) => indicator.key)).toEqual(['anteil_mit_grundsicherung', 'anteil_mit_grundsicherung_2', 'bezrobittia']);
    const imported = (await as(user).csv(`/api/area-monitors/${created.json().id}/values/import`, 'Gebiet,Zeitraum,Безробіття\nLeipziger Osten,2016,12')).json();
    expect(imported).toMatchObject({ validRows: 1, valuesWritten: 1, areasAdded: 0 });
  });

  it('imports area boundaries from GeoJSON, naming each bad feature, and serves them for the map', async () => {
    const { user, monitor } = await monitorWithIndicators();
    await as(user).patch(`/api/area-monitors/${monitor.id}`, { areaPlaceIds: [OSTEN, SCHOENEFELD] });
    const url = `/api/area-monitors/${monitor.id}/boundaries`;
    const open = { type: 'Polygon', coordinates: [[[12.4, 51.3], [12.5, 51.3], [12.5, 51.4]]] };
    const projected = { type: 'Polygon', coordinates: [[[317000, 5690000], [318000, 5690000], [318000, 5691000], [317000, 5690000]]] };
    const refused = await as(user).post(url, {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Leipziger Osten' }, geometry: square(12.41, 51.34) },
        { type: 'Feature', properties: { Name: 'Schönefeld' }, geometry: open },
        { type: 'Feature', properties: { name: 'Grünau' }, geometry: projected },
        { type: 'Feature', properties: {}, geometry: square(12.3, 51.3) },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((issue: { field: string; code: string }) => [issue.field, issue.code])).toEqual([
      ['body.features.1.geometry', 'invalid_geometry'],
      ['body.features.2.geometry', 'invalid_geometry'],
      ['body.features.2.properties.name', 'unknown_reference'],
      ['body.features.3.properties.name', 'required'],
    ]);
    expect((await as(user).get(url)).json().features).toEqual([]);
    const notGeoJson = await as(user).post(url, { type: 'Feature', features: [] });
    expect(notGeoJson.statusCode).toBe(400);
    expect(notGeoJson.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.type', 'body.features']);

    const accepted = await inject({
      method: 'POST',
      url,
      headers: { ...user.headers, 'content-type': 'application/geo+json' },
      payload: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { Ortsteil: 'Leipziger Osten' }, geometry: square(12.41, 51.34) }, { type: 'Feature', properties: { name: 'Schönefeld' }, geometry: { type: 'MultiPolygon', coordinates: [square(12.41, 51.36).coordinates] } }] }),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ areas: 2 });
    const history = (await as(user).get(`/api/area-monitors/${monitor.id}/history`)).json().items as { action: string; label: string | null; after: unknown }[];
    expect(history[0]).toMatchObject({ action: 'update', label: monitor.title.de, after: { boundariesImported: [OSTEN, SCHOENEFELD].sort() } });
    const served = (await as(user).get(url)).json();
    expect(served.features.map((feature: { properties: { placeId: string }; geometry: { type: string } }) => [feature.properties.placeId, feature.geometry.type]).sort()).toEqual(
      [[OSTEN, 'Polygon'], [SCHOENEFELD, 'MultiPolygon']].sort(),
    );
    // Changing the candidates keeps the boundaries of the areas that stay.
    await as(user).patch(`/api/area-monitors/${monitor.id}`, { areaPlaceIds: [OSTEN] });
    expect((await as(user).get(url)).json().features.map((feature: { properties: { placeId: string } }) => feature.properties.placeId)).toEqual([OSTEN]);
    const stranger = await createTestUser(testApp.current.database.db);
    expect((await inject({ method: 'POST', url, headers: stranger.headers, payload: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Leipziger Osten' }, geometry: square(1, 1) }] } })).statusCode).toBe(404);
  });
});
