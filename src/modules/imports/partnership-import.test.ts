import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { loadGazetteer } from '../places/gazetteer/gazetteer-import.js';

const STATE_OF_CODE: Record<string, string> = { '01': 'Baden-Württemberg', '02': 'Bayern', '05': 'Hessen', '06': 'Niedersachsen', '07': 'Nordrhein-Westfalen', '08': 'Rheinland-Pfalz', '13': 'Sachsen', '14': 'Sachsen-Anhalt', '15': 'Thüringen' };
const KINDS = ['Partnerschaft', 'Freundschaft', 'Kontakt', 'Projektpartnerschaft'];

describe('import of the partnership database', () => {
  const testApp = useTestApp();

  const importCsv = async (user: { headers: Record<string, string> }, workspaceId: string, csv: string, dryRun: boolean) => {
    const response = await testApp.current.app.inject({
      method: 'POST',
      url: `/api/imports/partnerships?workspaceId=${workspaceId}&dryRun=${dryRun}`,
      headers: { ...user.headers, 'content-type': 'text/csv', 'accept-language': 'de' },
      payload: csv,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('loads a region’s 500 links in one go after a dry run, matched to the gazetteer, and reports every bad row in German', async () => {
    const { db } = testApp.current.database;
    await loadGazetteer(db, { countryCodes: ['DE', 'FR', 'PL'] });
    // Towns whose name is unique in their state (German) or country (partners).
    const towns = async (country: string, limit: number) =>
      (
        await db.execute<{ name: string; admin_code: string }>(sql`
          SELECT name, admin_code FROM places p WHERE kind = 'municipality' AND country_code = ${country}
            AND NOT EXISTS (SELECT 1 FROM place_names n JOIN places o ON o.id = n.place_id
                            WHERE n.search_key = (SELECT search_key FROM place_names WHERE place_id = p.id AND name = p.name LIMIT 1)
                              AND o.id <> p.id AND o.country_code = ${country})
          ORDER BY population DESC NULLS LAST LIMIT ${limit}`)
      ).rows;
    const german = (await towns('DE', 800)).filter((town) => STATE_OF_CODE[town.admin_code]).slice(0, 250);
    const partners = [...(await towns('FR', 250)).map((town) => ({ ...town, country: 'Frankreich' })), ...(await towns('PL', 250)).map((town) => ({ ...town, country: 'Polen' }))];
    expect(german.length).toBe(250);
    expect(partners.length).toBe(500);
    const lines = partners.map((partner, index) => {
      const town = german[index % german.length]!;
      return `${town.name};${STATE_OF_CODE[town.admin_code]};${partner.name};${partner.country};${KINDS[index % 4]};${1961 + (index % 60)}`;
    });
    const csv = ['Kommune;Bundesland;Partnerkommune;Partnerland;Art;seit', ...lines].join('\r\n');

    const { workspace, coordinator } = await workspaceWithRoles(db, 'Landesverband Partnerschaften');
    const dryRun = await importCsv(coordinator, workspace.id, csv, true);
    expect(dryRun.issues).toEqual([]);
    expect(dryRun).toMatchObject({ rows: 500, validRows: 500, created: 0 });
    const imported = await importCsv(coordinator, workspace.id, csv, false);
    expect(imported).toMatchObject({ rows: 500, validRows: 500, created: 500 });
    const kinds = await db.execute<{ kind: string; n: number }>(sql`SELECT kind, count(*)::int AS n FROM partnerships WHERE workspace_id = ${workspace.id} GROUP BY kind ORDER BY kind`);
    expect(kinds.rows).toEqual([
      { kind: 'city_twinning', n: 125 },
      { kind: 'contact', n: 125 },
      { kind: 'friendship', n: 125 },
      { kind: 'project_partnership', n: 125 },
    ]);

    // The matching export gives the same links in the same columns, and reads back in.
    const exported = await testApp.current.app.inject({ method: 'GET', url: '/api/imports/partnerships/export.csv', headers: coordinator.headers });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/filename="Partnerschaften-\d{4}-\d{2}-\d{2}\.csv"/);
    const exportedLines = exported.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(exportedLines[0]).toBe('Kommune;Bundesland;Partnerkommune;Partnerland;Art;seit');
    expect(exportedLines.slice(1)).toEqual(expect.arrayContaining(lines.slice(0, 20)));
    const elsewhere = await workspaceWithRoles(db, 'Zweiter Landesverband');
    const reread = await importCsv(elsewhere.coordinator, elsewhere.workspace.id, exported.body, true);
    // Links the other workspace already sees (public ones of the demo data) are reported, not doubled.
    expect(reread.issues.filter((issue: { code: string }) => issue.code !== 'partnership_exists')).toEqual([]);
    expect(reread.validRows).toBe(500);
    const anonymous = await testApp.current.app.inject({ method: 'GET', url: '/api/imports/partnerships/export.csv' });
    expect(anonymous.body).not.toContain(lines[0]);

    // The same file again enters nothing twice; bad rows are named by line and column.
    const again = await importCsv(coordinator, workspace.id, [csv.split('\r\n')[0], lines[0], 'Nirgendwo;Sachsen;Lyon;Frankreich;Partnerschaft;1990', `${german[0]!.name};Bayern und Sachsen;Paris;Atlantis;Bündnis;19x`].join('\r\n'), true);
    const problems = again.issues.map((issue: { line: number; field: string; code: string }) => `${issue.line}:${issue.field}:${issue.code}`);
    expect(problems).toEqual(expect.arrayContaining(['2:partnerkommune:partnership_exists', '3:kommune:unknown_place', '4:art:invalid_option', '4:seit:invalid_format']));
    expect(again.issues.find((issue: { code: string }) => issue.code === 'partnership_exists').message).toMatch(/gibt es schon/);
  }, 300_000);
});
