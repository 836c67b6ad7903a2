import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

const KYIV = demoId('place:kyiv');

describe('CSV import looks up records in every workspace the importer may read', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const importCsv = async (kind: string, workspaceId: string, csv: string, headers: Record<string, string>) =>
    inject({ method: 'POST', url: `/api/imports/${kind}?workspaceId=${workspaceId}&dryRun=false`, payload: csv, headers: { ...headers, 'content-type': 'text/csv' } });

  it('links participants to an organization of another of their workspaces instead of entering it again', async () => {
    const db = testApp.current.database.db;
    const office = await createTestWorkspace(db, 'Büro für Städtepartnerschaften');
    const partner = await createTestWorkspace(db, 'Partnerschaftsverein');
    const importer = await createTestUser(db, { memberships: [[office.id, 'member'], [partner.id, 'member']] });
    const partnerOnly = await createTestUser(db, { memberships: [[partner.id, 'coordinator']] });
    const create = async (user: typeof importer, workspaceId: string, name: string, visibility: string) => {
      const created = await inject({ method: 'POST', url: '/api/organizations', headers: user.headers, payload: { workspaceId, name, kind: 'utility', seatPlaceId: KYIV, visibility } });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    };
    const waterworks = await create(partnerOnly, partner.id, 'Wasserwerk Kyjiw-Darnyzja', 'workspace');
    // Private to its author: the importer may not read it, so it is not found.
    await create(partnerOnly, partner.id, 'Energieagentur Kyjiw-Ost', 'private');
    // Many organizations with similar names in the importer's own workspace do not hide the one meant.
    const similar = ['name,kind', ...Array.from({ length: 25 }, (_, index) => `Wasserwerk Kyjiw-Darnyzja Außenstelle ${index + 1},utility`)].join('\n');
    expect((await importCsv('organizations', office.id, similar, importer.headers)).json()).toMatchObject({ created: 25, issues: [] });

    const people = ['given_name;family_name;organization;role;consent_basis', 'Oksana;Melnyk;Wasserwerk Kyjiw-Darnyzja;Ingenieurin;consent', 'Taras;Hnatiuk;Energieagentur Kyjiw-Ost;;consent'].join('\n');
    const report = (await importCsv('people', office.id, people, importer.headers)).json();
    expect(report.issues).toEqual([expect.objectContaining({ line: 3, field: 'organization', code: 'unknown_name', params: { name: 'Energieagentur Kyjiw-Ost' } })]);
    const linked = (await importCsv('people', office.id, people.split('\n').slice(0, 2).join('\n'), importer.headers)).json();
    expect(linked).toMatchObject({ created: 1, issues: [] });
    const oksana = (await inject({ method: 'GET', url: `/api/people/${linked.createdIds[0]}`, headers: importer.headers })).json();
    expect(oksana.current).toEqual([expect.objectContaining({ role: 'Ingenieurin', organization: expect.objectContaining({ id: waterworks }) })]);

    // The organization itself, imported into the other workspace, is reported as existing rather than entered twice.
    const again = (await importCsv('organizations', office.id, 'name,kind,seat,seat_country\nWasserwerk Kyjiw-Darnyzja,utility,Kyiv,UA', importer.headers)).json();
    expect(again).toMatchObject({ created: 0, issues: [expect.objectContaining({ field: 'name', code: 'organization_exists' })] });
    const named = (await inject({ method: 'GET', url: `/api/organizations/autocomplete?q=${encodeURIComponent('Wasserwerk Kyjiw-Darnyzja')}`, headers: importer.headers })).json();
    expect(named.items.filter((item: { name: string }) => item.name === 'Wasserwerk Kyjiw-Darnyzja')).toHaveLength(1);
  });
});
