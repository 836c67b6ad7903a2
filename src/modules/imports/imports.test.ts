import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { runTypeScript, CHILD_PROCESS_TEST_TIMEOUT_MS } from '../../../test/support/child-process.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';

const ORGANIZATIONS = [
  'name,kind,short_name,name_en,seat,seat_country,parent,website,themes',
  'Wohnungsgenossenschaft Lipsia,housing_cooperative,WG Lipsia,Lipsia housing cooperative,Leipzig,DE,,https://lipsia.example.org,housing-management',
  'Quartiersbüro Grünau,community_centre,,,Grünau,,Wohnungsgenossenschaft Lipsia,,participation;Beteiligung',
  'Vodokanal Vinnytsia,utility,,,Вінниця,UA,,,renewable-energy',
].join('\n');

const scratch = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('CSV import', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const importCsv = async (kind: string, csv: string, query: string, headers: Record<string, string>) =>
    inject({ method: 'POST', url: `/api/imports/${kind}?workspaceId=${DEMO_WORKSPACE_ID}&${query}`, payload: csv, headers: { ...headers, 'content-type': 'text/csv' } });
  const count = async (headers: Record<string, string>) => (await inject({ method: 'GET', url: '/api/organizations?limit=100', headers })).json().items.length as number;

  it('rejects a file with one bad row, says which, and writes nothing', async () => {
    const user = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const before = await count(user.headers);
    const bad = `${ORGANIZATIONS}\nStadtwerke Nirgendwo,stadtwerk,,,Atlantis,,,ftp://nowhere,`;
    const response = await importCsv('organizations', bad, 'dryRun=false', user.headers);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ rows: 4, validRows: 3, invalidRows: 1, created: 0 });
    expect(report.issues).toEqual([
      { line: 5, field: 'kind', code: 'invalid_option', params: { allowed: expect.arrayContaining(['municipal_office']) }, message: expect.stringContaining('must be one of municipal_office') },
      { line: 5, field: 'website', code: expect.any(String), message: 'must be a web address starting with http:// or https://' },
    ]);
    expect(await count(user.headers)).toBe(before);

    const unknownSeat = await importCsv('organizations', `${ORGANIZATIONS}\nStadtwerke Nirgendwo,utility,,,Atlantis,,,,`, 'dryRun=true', user.headers);
    expect(unknownSeat.json().issues).toEqual([{ line: 5, field: 'seat', code: 'unknown_place', params: { name: 'Atlantis' }, message: 'no place is called "Atlantis"' }]);
  });

  it('imports the valid rows with skipInvalid, resolving seats in any spelling, parents in the file and themes', async () => {
    const user = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const dryRun = (await importCsv('organizations', ORGANIZATIONS, 'dryRun=true', user.headers)).json();
    expect(dryRun).toMatchObject({ dryRun: true, rows: 3, validRows: 3, created: 0, issues: [] });

    const withBadRow = `${ORGANIZATIONS}\n,ngo,,,,,,,`;
    const report = (await importCsv('organizations', withBadRow, 'skipInvalid=true', user.headers)).json();
    expect(report).toMatchObject({ rows: 4, validRows: 3, invalidRows: 1, created: 3 });
    expect(report.issues).toEqual([{ line: 5, field: 'name', code: 'required', message: 'is required' }]);
    const [lipsia, office, vodokanal] = await Promise.all(
      report.createdIds.map(async (id: string) => (await inject({ method: 'GET', url: `/api/organizations/${id}`, headers: user.headers })).json()),
    );
    expect(lipsia).toMatchObject({ seat: { id: demoId('place:leipzig') }, countryCode: 'DE', themes: [{ slug: 'housing-management' }] });
    expect(office).toMatchObject({ seat: { id: demoId('place:gruenau') }, parent: { id: lipsia.id }, themes: [{ slug: 'participation' }] });
    expect(vodokanal.seat.id).toBe(demoId('place:vinnytsia'));
  });

  it('imports people with their organization and consent, and reports unknown columns', async () => {
    const user = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const people = [
      'given_name;family_name;languages;organization;role;from;consent_basis;consent_obtained_on',
      'Iryna;Bondarenko;uk;Bezirksverwaltung Kiew-Darnyzkyj;Urban planner;2018-05-01;consent;2018-05-14',
      'Lukas;Schmidt;de;Stadt Leipzig;;;;',
    ].join('\n');
    const report = (await importCsv('people', people, 'dryRun=false', user.headers)).json();
    expect(report.issues).toEqual([
      { line: 2, field: 'organization', code: 'unknown_name', params: { name: 'Bezirksverwaltung Kiew-Darnyzkyj' }, message: 'no organization is called "Bezirksverwaltung Kiew-Darnyzkyj"' },
      { line: 3, field: 'consent_basis', code: 'invalid_option', params: { allowed: ['consent', 'contract', 'legitimate_interest', 'public_task'] }, message: expect.stringContaining('is required for people entered by someone else') },
    ]);
    const fixed = people
      .replace('Bezirksverwaltung Kiew-Darnyzkyj', 'Дарницька районна в місті Києві державна адміністрація')
      .replace(';;;;', ';;;public_task;');
    const written = (await importCsv('people', fixed, 'dryRun=false', user.headers)).json();
    expect(written).toMatchObject({ created: 2, issues: [] });
    const iryna = (await inject({ method: 'GET', url: `/api/people/${written.createdIds[0]}`, headers: user.headers })).json();
    expect(iryna).toMatchObject({ consent: { basis: 'consent', obtainedOn: '2018-05-14' }, current: [{ role: 'Urban planner', from: '2018-05-01' }] });

    const columns = (await importCsv('people', 'given_name,family_name,shoe_size\nA,B,42', 'dryRun=true', user.headers)).json();
    expect(columns.issues).toEqual([
      { line: 1, field: 'shoe_size', code: 'unknown_column', params: { known: expect.arrayContaining(['given_name', 'consent_basis']) }, message: expect.stringContaining('is not a known column') },
      { line: 1, field: 'consent_basis', code: 'column_missing', message: 'is a required column' },
    ]);
  });

  it('never enters an organization twice: the same name and seat in the directory or earlier in the file is reported', async () => {
    const user = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const header = 'name,kind,seat,seat_country';
    const first = (await importCsv('organizations', `${header}\nStadtwerke Lindenau,utility,Leipzig,DE`, 'dryRun=false', user.headers)).json();
    expect(first).toMatchObject({ created: 1 });
    const before = await count(user.headers);
    const again = [header, 'Stadtwerke Lindenau,utility,Leipzig,DE', 'Stadtwerke Lindenau,utility,Vinnytsia,UA', 'stadtwerke lindenau,utility,Вінниця,UA'].join('\n');
    const report = (await importCsv('organizations', again, 'skipInvalid=true', user.headers)).json();
    expect(report).toMatchObject({ rows: 3, created: 1 });
    expect(report.issues).toEqual([
      { line: 2, field: 'name', code: 'organization_exists', params: { name: 'Stadtwerke Lindenau' }, message: '"Stadtwerke Lindenau" with this seat exists already; it is not entered a second time' },
      { line: 4, field: 'name', code: 'duplicate_in_file', params: { line: 3 }, message: '"stadtwerke lindenau" with this seat is in line 3 already' },
    ]);
    expect(await count(user.headers)).toBe(before + 1);
  });

  it('explains every problem of a file in the reader’s language', async () => {
    const user = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const csv = ['name,kind,seat,parent,themes,colour', 'Stadtwerke Nirgendwo,utility,Atlantis,Niemand GmbH,Weltraum,blau'].join('\n');
    const german = (await importCsv('organizations', csv, 'dryRun=true', { ...user.headers, 'accept-language': 'de-DE,de;q=0.9' })).json();
    expect(german.issues).toEqual([{ line: 1, field: 'colour', code: 'unknown_column', params: { known: expect.arrayContaining(['name', 'seat']) }, message: expect.stringMatching(/^Diese Spalte ist nicht bekannt\. Bekannte Spalten: name, /) }]);

    const rows = (await importCsv('organizations', csv.replace(',colour', '').replace(',blau', ''), 'dryRun=true', { ...user.headers, 'accept-language': 'uk' })).json();
    expect(rows.issues.map((issue: { field: string; message: string }) => [issue.field, issue.message])).toEqual([
      ['seat', 'Немає місця з назвою «Atlantis».'],
      ['parent', 'Немає запису з назвою «Niemand GmbH».'],
      ['themes', '«Weltraum» не є темою. Використайте назву теми однією з мов або її коротку назву.'],
    ]);
  });

  it('refuses imports into a workspace the user does not belong to', async () => {
    const stranger = await createTestUser(testApp.current.database.db);
    expect((await importCsv('organizations', ORGANIZATIONS, 'dryRun=true', stranger.headers)).statusCode).toBe(404);
    expect((await importCsv('organizations', ORGANIZATIONS, 'dryRun=true', {})).statusCode).toBe(401);
  });

  it('runs from the command line, failing with the bad rows named', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, async () => {
    const { url } = testApp.current.database;
    const file = path.join(scratch, 'organizations.csv');
    // Other names than the earlier tests wrote: an organization with the same name and seat is never entered twice.
    const others = ORGANIZATIONS.replaceAll('Lipsia', 'Lipsia Süd').replace('Quartiersbüro Grünau', 'Quartiersbüro Grünau-Mitte').replace('Vodokanal Vinnytsia', 'Vodokanal Vinnytsia Süd');
    writeFileSync(file, `${others}\nKaputt,nonsense,,,,,,,`);
    const cli = (args: string[]) => runTypeScript('src/cli.ts', args, { DATABASE_URL: url, LOG_LEVEL: 'warn' });
    const rejected = await cli(['import', 'organizations', file, '--workspace', 'demo']);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('line 5, kind: must be one of');
    expect(rejected.stderr).toContain('Nothing was written');
    const dry = await cli(['import', 'organizations', file, '--workspace', 'demo', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('Dry run: nothing was written');
    const skipped = await cli(['import', 'organizations', file, '--workspace', 'demo', '--skip-invalid']);
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('3 records written');
    const noWorkspace = await cli(['import', 'organizations', file, '--workspace', 'nowhere']);
    expect(noWorkspace.stderr).toContain('no workspace has the slug "nowhere"');
  });
});
