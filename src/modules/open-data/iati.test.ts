import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';
import { projects } from '../projects/projects.tables.js';

const SCHEMA = path.resolve(import.meta.dirname, '../../../../shared/schemas/iati-2.03/iati-activities-schema.xsd');
const run = promisify(execFile);
const scratch = mkdtemp(path.join(tmpdir(), 'stadtdialog-iati-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

/** xmllint's verdict on the file against the official IATI 2.03 schema: '' when valid. */
async function schemaErrors(xml: string): Promise<string> {
  const file = path.join(await scratch, `activities-${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(file, xml);
  try {
    await run('xmllint', ['--noout', '--schema', SCHEMA, file], { maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

const activityCount = (xml: string) => xml.match(/<iati-activity /g)?.length ?? 0;

describe('IATI activity export', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  it('gives the public projects of the demo data as a file valid against the IATI 2.03 schema', async () => {
    const response = await send('GET', '/api/iati/activities.xml', null);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="IATI-Aktivitaeten-\d{4}-\d{2}-\d{2}\.xml"/);
    const xml = String(response.body);
    expect(await schemaErrors(xml)).toBe('');
    expect(xml).toContain('<iati-activities version="2.03"');
    expect(activityCount(xml)).toBeGreaterThan(0);
    // Texts in every language entered, a DAC sector, and granted money as an incoming commitment.
    expect(xml).toMatch(/<narrative xml:lang="uk">[^<]+<\/narrative>/);
    expect(xml).toMatch(/<sector vocabulary="1" code="\d{5}" percentage="100"\/>/);
    expect(xml).toContain('<transaction-type code="11"/>');
    expect(xml).toMatch(/<participating-org [^>]*role="1"/);
  });

  it('reports only what the caller may see, with the carrier’s IATI identifier and the filters asked for', async () => {
    const { workspace, coordinator, outsider } = await workspaceWithRoles(testApp.current.database.db, 'Stadtentwicklung Grünau');
    const carrier = await send('POST', '/api/organizations', coordinator, {
      workspaceId: workspace.id,
      kind: 'municipal_office',
      name: 'Amt für Stadterneuerung',
      names: { en: 'Office for Urban Renewal' },
      seatPlaceId: demoId('place:leipzig'),
      iatiIdentifier: 'not an identifier',
    });
    expect(carrier.status).toBe(400);
    expect(carrier.body.errors).toEqual([expect.objectContaining({ field: 'body.iatiIdentifier', code: 'invalid_format' })]);
    const office = await send('POST', '/api/organizations', coordinator, {
      workspaceId: workspace.id,
      kind: 'municipal_office',
      name: 'Amt für Stadterneuerung',
      seatPlaceId: demoId('place:leipzig'),
      iatiIdentifier: 'DE-PR-4711',
    });
    expect(office.status).toBe(201);
    expect(office.body.iatiIdentifier).toBe('DE-PR-4711');
    const project = await send('POST', '/api/projects', coordinator, {
      workspaceId: workspace.id,
      title: { de: 'Lernwerkstatt Grünau', uk: 'Навчальна майстерня Грюнау' },
      summary: { de: 'Bewohner planen ihren Platz neu.' },
      status: 'running',
      carrierOrganizationId: office.body.id,
      pilotAreaPlaceId: demoId('place:gruenau'),
      startDate: '2024-03-01',
      endDate: '2026-02-28',
      budget: 120000,
    });
    expect(project.status).toBe(201);
    const undated = await send('POST', '/api/projects', coordinator, { workspaceId: workspace.id, title: { de: 'Idee ohne Termin' }, status: 'idea' });
    expect(undated.status).toBe(201);

    const own = await send('GET', `/api/iati/activities.xml?workspaceId=${workspace.id}`, coordinator);
    expect(own.status).toBe(200);
    const xml = String(own.body);
    expect(await schemaErrors(xml)).toBe('');
    expect(activityCount(xml)).toBe(1);
    expect(own.headers['x-activities-without-dates']).toBe('1');
    expect(xml).toContain(`<iati-identifier>DE-PR-4711-${project.body.id}</iati-identifier>`);
    expect(xml).toMatch(/<reporting-org ref="DE-PR-4711" type="10">\s*<narrative>Amt für Stadterneuerung<\/narrative>/);
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain('<activity-date type="2" iso-date="2024-03-01"/>');
    expect(xml).toContain('<recipient-country code="DE" percentage="100"/>');
    expect(xml).toMatch(/<location ref="[^"]+">[\s\S]*<pos>51\.\d+ 12\.\d+<\/pos>/);
    expect(xml).toContain('<value currency="EUR" value-date="2024-03-01">120000.00</value>');

    // Nobody else sees the workspace's project: no activity is left to report.
    for (const viewer of [null, outsider]) {
      const hidden = await send('GET', `/api/iati/activities.xml?workspaceId=${workspace.id}`, viewer);
      expect(hidden.status).toBe(404);
      expect(hidden.body).toMatchObject({ code: 'no_activities' });
    }
    const later = await send('GET', `/api/iati/activities.xml?workspaceId=${workspace.id}&from=2026-03-01`, coordinator);
    expect(later.status).toBe(404);
    const overlapping = await send('GET', `/api/iati/activities.xml?workspaceId=${workspace.id}&from=2025-01-01&to=2025-12-31`, coordinator);
    expect(activityCount(String(overlapping.body))).toBe(1);
  });

  it('refuses a period that ends before it starts, naming the field in the reader’s language', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/iati/activities.xml?from=2025-01-01&to=2024-01-01', headers: { 'accept-language': 'de' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'query.to', code: 'end_before_start' })]);
    const unknown = await testApp.current.app.inject({ method: 'GET', url: '/api/iati/activities.xml?language=de' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'query.language', code: 'unknown_field' })]);
  });

  it('takes the reader’s language like every other export, naming the file in it', async () => {
    const ukrainian = await testApp.current.app.inject({ method: 'GET', url: '/api/iati/activities.xml?lang=uk' });
    expect(ukrainian.statusCode).toBe(200);
    expect(ukrainian.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Діяльність-IATI-')}`);
    expect(ukrainian.body).toMatch(/<narrative xml:lang="de">[^<]+<\/narrative>/);
    // Opened as a link, the refusal speaks the language the link asked for, whatever the browser sends.
    const refused = await testApp.current.app.inject({ method: 'GET', url: '/api/iati/activities.xml?from=2025-01-01&to=2024-01-01&lang=uk', headers: { 'accept-language': 'en' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-language']).toBe('uk');
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'query.to', code: 'end_before_start' })]);
    expect(refused.json().errors[0].message).toMatch(/[А-Яа-яІіЇїЄє]/);
    const bad = await testApp.current.app.inject({ method: 'GET', url: '/api/iati/activities.xml?lang=fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'query.lang' })]);
  });

  it('stays valid for a thousand projects', async () => {
    const { workspace, member } = await workspaceWithRoles(testApp.current.database.db, 'Programmbüro');
    const rows = Array.from({ length: 1000 }, (_, index) => ({
      workspaceId: workspace.id,
      visibility: 'workspace' as const,
      title: { de: `Vorhaben ${index + 1} <&> „Quartier“`, en: `Project ${index + 1}` },
      summary: index % 3 === 0 ? { uk: `Проєкт ${index + 1}` } : ({} as Record<string, string>),
      status: (['idea', 'planned', 'running', 'completed', 'discontinued'] as const)[index % 5],
      startDate: `20${10 + (index % 15)}-0${1 + (index % 9)}-01`,
      endDate: index % 4 === 0 ? null : `20${26 + (index % 4)}-12-31`,
      budget: index % 2 === 0 ? 1000 + index : null,
      currency: index % 7 === 0 ? 'UAH' : 'EUR',
    }));
    await testApp.current.database.db.insert(projects).values(rows);
    const response = await send('GET', `/api/iati/activities.xml?workspaceId=${workspace.id}`, member);
    expect(response.status).toBe(200);
    const xml = String(response.body);
    expect(activityCount(xml)).toBe(1000);
    expect(await schemaErrors(xml)).toBe('');
  });
});
