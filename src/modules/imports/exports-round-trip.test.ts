import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../../test/support/csv-file.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

const RECORD_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const TODAY = /\d{4}-\d{2}-\d{2}/;

describe('directory exports in the reader’s language, and imports that read them back', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  let home: { workspaceId: string; user: TestUser };
  let elsewhere: { workspaceId: string; user: TestUser };
  let third: { workspaceId: string; user: TestUser };

  const get = (user: TestUser, url: string, headers: Record<string, string> = {}) => inject({ method: 'GET', url, headers: { ...user.headers, ...headers } });
  const post = async (user: TestUser, url: string, payload: object) => {
    const response = await inject({ method: 'POST', url, headers: user.headers, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const importCsv = (user: TestUser, url: string, csv: string) => inject({ method: 'POST', url, payload: csv, headers: { ...user.headers, 'content-type': 'text/csv' } });

  beforeAll(async () => {
    const db = testApp.current.database.db;
    const workspace = async (name: string) => {
      const workspaceId = (await createTestWorkspace(db, name)).id;
      return { workspaceId, user: await createTestUser(db, { memberships: [[workspaceId, 'coordinator']] }) };
    };
    home = await workspace('Rundreise Heimat');
    elsewhere = await workspace('Rundreise Anderswo');
    third = await workspace('Rundreise Drittens');

    const housing = await post(home.user, '/api/themes', {
      workspaceId: home.workspaceId,
      slug: 'rundreise-wohnen',
      name: { de: 'Rundreise Wohnen', en: 'Round trip housing', uk: 'Рундрайзе житло' },
      visibility: 'public',
    });
    const energy = await post(home.user, '/api/themes', {
      workspaceId: home.workspaceId,
      slug: 'rundreise-energie',
      name: { de: 'Rundreise Energie', en: 'Round trip energy', uk: 'Рундрайзе енергія' },
      parentId: housing.id,
      visibility: 'public',
    });
    const organization = (fields: object) => post(home.user, '/api/organizations', { workspaceId: home.workspaceId, visibility: 'workspace', ...fields });
    await organization({
      kind: 'ngo',
      name: 'Rundreise Verein Grünau',
      shortName: 'RVG',
      names: { de: 'Rundreise Verein Grünau', uk: 'Рундрайзе спілка Грюнау' },
      seatPlaceId: demoId('place:leipzig'),
      countryCode: 'DE',
      themeIds: [housing.id],
    });
    await organization({
      kind: 'municipal_office',
      name: 'Rundreise Міська рада',
      names: { en: 'Round trip city council' },
      seatPlaceId: demoId('place:kyiv'),
      countryCode: 'UA',
      themeIds: [housing.id, energy.id],
    });
    await organization({ kind: 'community_centre', name: 'Rundreise Stadtteilzentrum ohne Sitz' });
  });

  it('exports organizations in German and Ukrainian: headers, kinds, countries, seats and themes by name, no record ids', async () => {
    const german = await get(home.user, '/api/organizations/export.csv?q=Rundreise&lang=de');
    expect(german.statusCode).toBe(200);
    expect(german.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="Organisationen-${TODAY.source}\\.csv"`));
    expect(german.body.split(/\r?\n/)[0]).toBe('\uFEFFName;Kurzname;Art;Name (Deutsch);Name (Englisch);Name (Ukrainisch);Land;Sitz;Land des Sitzes;Themen;Sichtbarkeit');
    expect(german.body).not.toMatch(RECORD_ID);
    const rows = csvRecords(german.body);
    expect(rows.find((row) => row.Name === 'Rundreise Verein Grünau')).toEqual({
      Name: 'Rundreise Verein Grünau',
      Kurzname: 'RVG',
      Art: 'Nichtregierungsorganisation',
      'Name (Deutsch)': 'Rundreise Verein Grünau',
      'Name (Englisch)': '',
      'Name (Ukrainisch)': 'Рундрайзе спілка Грюнау',
      Land: 'Deutschland',
      Sitz: 'Leipzig',
      'Land des Sitzes': 'Deutschland',
      Themen: 'Rundreise Wohnen',
      Sichtbarkeit: 'Arbeitsbereich',
    });

    const ukrainian = await get(home.user, '/api/organizations/export.csv?q=Rundreise', { 'accept-language': 'uk,de;q=0.5' });
    expect(ukrainian.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Організації-')}`);
    expect(ukrainian.headers['content-disposition']).toMatch(/filename="Orhanizatsii-/);
    const council = csvRecords(ukrainian.body).find((row) => row['Назва'] === 'Rundreise Міська рада');
    expect(council).toMatchObject({ Вид: 'Муніципальна установа', Країна: 'Україна', Місцезнаходження: 'Київ', Теми: 'Рундрайзе житло; Рундрайзе енергія', Видимість: 'Робочий простір' });
  });

  it('imports the Ukrainian and the German export into other workspaces as they were', async () => {
    const exported = (await get(home.user, '/api/organizations/export.csv?q=Rundreise&lang=uk')).body;
    const imported = (await importCsv(elsewhere.user, `/api/imports/organizations?workspaceId=${elsewhere.workspaceId}`, exported)).json();
    expect(imported).toMatchObject({ rows: 3, created: 3, issues: [] });
    const reexported = (await get(elsewhere.user, '/api/organizations/export.csv?q=Rundreise&lang=uk')).body;
    expect(csvRecords(reexported)).toEqual(csvRecords(exported));

    const german = (await get(home.user, '/api/organizations/export.csv?q=Rundreise&lang=de')).body;
    const checked = (await importCsv(third.user, `/api/imports/organizations?workspaceId=${third.workspaceId}&dryRun=true`, german)).json();
    expect(checked).toMatchObject({ rows: 3, validRows: 3, issues: [] });
  });

  it('reads people with German headers and labels, and exports them in both languages', async () => {
    const csv = ['Vorname;Nachname;Sprachen;Organisation;Rolle;Rechtsgrundlage;Sichtbarkeit', 'Olena;Rundreise-Koval;Ukrainisch; Deutsch;Rundreise Verein Grünau;Beraterin;Öffentliche Aufgabe;Arbeitsbereich'].join('\n');
    // "Ukrainisch; Deutsch" is two cells here: the file must quote a list that holds the separator.
    expect((await importCsv(home.user, `/api/imports/people?workspaceId=${home.workspaceId}&dryRun=true`, csv)).json().issues).toEqual([
      expect.objectContaining({ line: 2, field: 'file' }),
    ]);
    const quoted = csv.replace('Ukrainisch; Deutsch', '"Ukrainisch; Deutsch"');
    const report = (await importCsv(home.user, `/api/imports/people?workspaceId=${home.workspaceId}`, quoted)).json();
    expect(report).toMatchObject({ created: 1, issues: [] });

    const german = csvRecords((await get(home.user, '/api/people/export.csv?q=Rundreise-Koval&lang=de')).body);
    expect(german).toEqual([
      { Vorname: 'Olena', Nachname: 'Rundreise-Koval', Anrede: '', Sprachen: 'Ukrainisch; Deutsch', Organisation: 'Rundreise Verein Grünau', Rolle: 'Beraterin', Sichtbarkeit: 'Arbeitsbereich' },
    ]);
    const ukrainian = await get(home.user, '/api/people/export.csv?q=Rundreise-Koval&lang=uk');
    expect(ukrainian.headers['content-disposition']).toContain(encodeURIComponent('Особи-'));
    expect(ukrainian.body).not.toMatch(RECORD_ID);
    expect(csvRecords(ukrainian.body)).toEqual([
      { Імʼя: 'Olena', Прізвище: 'Rundreise-Koval', Звертання: '', Мови: 'українська; німецька', Організація: 'Rundreise Verein Grünau', Роль: 'Beraterin', Видимість: 'Робочий простір' },
    ]);
    // Read back with the lawful basis added, the Ukrainian names of languages and visibility are understood.
    const back = ukrainian.body.replace(/\r?\n/, ';Правова підстава\n').replace(/\r?\n?$/, ';Публічне завдання\n');
    const dryRun = (await importCsv(home.user, `/api/imports/people?workspaceId=${home.workspaceId}&dryRun=true`, back)).json();
    expect(dryRun).toMatchObject({ rows: 1, validRows: 1, issues: [] });
  });

  it('exports the taxonomy in German and Ukrainian, the theme above by name', async () => {
    const german = await get(home.user, '/api/themes/export.csv?lang=de');
    expect(german.headers['content-disposition']).toMatch(new RegExp(`filename="Themen-${TODAY.source}\\.csv"`));
    expect(german.body).not.toMatch(RECORD_ID);
    expect(csvRecords(german.body).find((row) => row.Kurzadresse === 'rundreise-energie')).toEqual({
      Name: 'Rundreise Energie',
      'Teil von': 'Rundreise Wohnen',
      'Name (Deutsch)': 'Rundreise Energie',
      'Name (Englisch)': 'Round trip energy',
      'Name (Ukrainisch)': 'Рундрайзе енергія',
      Kurzadresse: 'rundreise-energie',
    });
    const ukrainian = csvRecords((await get(home.user, '/api/themes/export.csv?lang=uk')).body);
    expect(ukrainian.find((row) => row['Коротка адреса'] === 'rundreise-energie')).toMatchObject({ Назва: 'Рундрайзе енергія', 'Входить до': 'Рундрайзе житло' });
  });

  it('imports area values headed in Ukrainian, an indicator by its name', async () => {
    const monitor = await post(home.user, '/api/area-monitors', {
      workspaceId: home.workspaceId,
      title: { de: 'Rundreise Gebiete' },
      cityPlaceId: demoId('place:leipzig'),
      indicators: [{ key: 'unemployment', name: { de: 'Arbeitslosenquote', uk: 'Рівень безробіття' }, unit: '%', direction: 'higher_is_worse', weight: 1 }],
    });
    const url = `/api/area-monitors/${monitor.id}/values/import`;
    const report = (await importCsv(home.user, url, 'Територія;Період;Рівень безробіття\nGrünau;2016;10,5')).json();
    expect(report).toMatchObject({ rows: 1, validRows: 1, valuesWritten: 1, issues: [] });
    const german = (await importCsv(home.user, url, 'Gebiet;Zeitraum;arbeitslosenquote\nGrünau;2017;9')).json();
    expect(german).toMatchObject({ valuesWritten: 1, issues: [] });
    const unknown = (await importCsv(home.user, url, 'Gebiet;Zeitraum;Wohnfläche\nGrünau;2017;9')).json();
    expect(unknown.issues).toEqual([expect.objectContaining({ line: 1, field: 'wohnfläche', code: 'unknown_column' })]);
  });
});
