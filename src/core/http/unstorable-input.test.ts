import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/support/multipart.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { useWorkspaceWithUsers } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

const NUL = '\u0000';
const TABLES = ['workspaces', 'organizations', 'themes', 'projects', 'documents', 'document_comments', 'area_monitors', 'audit_events'];

/** A multipart form with text fields before its file, as a browser's form sends them. */
function formWithFields(fields: Record<string, string>, file: { fileName: string; contentType: string; data: string }) {
  const boundary = `----stadtdialog${randomBytes(8).toString('hex')}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`;
  return { payload: Buffer.from(`${parts.join('')}${head}${file.data}\r\n--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('input the database cannot store, across the modules', () => {
  const testApp = useTestApp();
  const { workspace, coordinator } = useWorkspaceWithUsers(testApp, 'Eingaben', { coordinator: 'coordinator' });
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  let documentId: string;

  beforeAll(async () => {
    const created = await inject({ method: 'POST', url: '/api/documents', headers: coordinator.headers, payload: { workspaceId: workspace.id, kind: 'report', title: 'Bericht' } });
    documentId = created.json().id;
  });

  const send = (method: 'POST' | 'PATCH', url: string, payload: object) => inject({ method, url, headers: coordinator.headers, payload });
  const rowCounts = async () => {
    const { pool } = testApp.current.database;
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = Number((await pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return counts;
  };

  it('refuses NUL in the bodies of many modules with a 400 naming the field, and writes nothing', async () => {
    const before = await rowCounts();
    const refused: [string, Promise<Awaited<ReturnType<typeof inject>>>, string][] = [
      ['workspace', send('POST', '/api/workspaces', { name: `Stadt${NUL}` }), 'body.name'],
      ['organization', send('POST', '/api/organizations', { workspaceId: workspace.id, kind: 'ngo', name: `Verein${NUL}` }), 'body.name'],
      ['theme', send('POST', '/api/themes', { workspaceId: workspace.id, slug: 'gemeinwesen', name: { de: `Gemein${NUL}wesen`, en: 'Community' } }), 'body.name.de'],
      ['project', send('POST', '/api/projects', { workspaceId: workspace.id, title: { uk: `Проєкт${NUL}` } }), 'body.title.uk'],
      ['document', send('POST', '/api/documents', { workspaceId: workspace.id, kind: 'report', title: 'Ok', links: [{ recordType: 'place', recordId: `${NUL}x` }] }), 'body.links.0.recordId'],
      ['document update', send('PATCH', `/api/documents/${documentId}`, { text: `Ein Text${NUL}` }), 'body.text'],
      ['comment', send('POST', `/api/documents/${documentId}/comments`, { body: `Gut${NUL}` }), 'body.body'],
      ['area monitor', send('POST', '/api/area-monitors', { workspaceId: workspace.id, title: { de: 'Monitor' }, cityPlaceId: demoId('place:leipzig'), indicators: [{ key: 'k', name: { de: `A${NUL}` }, direction: 'higher_is_worse' }] }), 'body.indicators.0.name.de'],
      ['organization update', send('PATCH', `/api/organizations/${demoId('organization:leipzig-city')}`, { shortName: `L${NUL}` }), 'body.shortName'],
    ];
    for (const [what, pending, field] of refused) {
      const response = await pending;
      expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
      expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
      expect(response.json(), what).toMatchObject({ code: 'validation_error', errors: [{ field, code: 'invalid_text', message: expect.stringContaining('NUL character (U+0000)') }] });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses NUL in the search of lists and in a path parameter', async () => {
    for (const list of ['/api/organizations', '/api/places', '/api/documents', '/api/themes', '/api/projects']) {
      const response = await inject({ method: 'GET', url: `${list}?q=Gr%00nau`, headers: coordinator.headers });
      expect(response.statusCode, list).toBe(400);
      expect(response.json().errors, list).toEqual([{ field: 'query.q', code: 'invalid_text', message: expect.stringContaining('NUL character (U+0000) at character 3') }]);
    }
    const path = await inject({ method: 'PATCH', url: '/api/organizations/%00', headers: coordinator.headers, payload: { shortName: 'x' } });
    expect(path.statusCode).toBe(400);
    expect(path.json().errors).toEqual([{ field: 'path.id', code: 'invalid_text', message: expect.stringContaining('NUL character') }]);
  });

  it('refuses a lone surrogate and a body that is not UTF-8 with 400, and takes the same text when it is well-formed', async () => {
    const json = (payload: string | Buffer) => inject({ method: 'POST', url: '/api/organizations', headers: { ...coordinator.headers, 'content-type': 'application/json' }, payload });
    const lone = await json(`{"workspaceId":"${workspace.id}","kind":"ngo","name":"Verein \\ud83d"}`);
    expect(lone.statusCode).toBe(400);
    expect(lone.json().errors).toEqual([{ field: 'body.name', code: 'invalid_text', message: expect.stringContaining('lone surrogate (U+D83D)') }]);
    const latin1 = await json(Buffer.from(`{"workspaceId":"${workspace.id}","kind":"ngo","name":"Gr\u00fcnauer Verein"}`, 'latin1'));
    expect(latin1.statusCode).toBe(400);
    expect(latin1.json()).toMatchObject({ code: 'malformed_json', errors: [{ field: 'body', code: 'invalid_text', message: 'is not valid UTF-8 text' }] });
    const fine = await json(`{"workspaceId":"${workspace.id}","kind":"ngo","name":"Verein \\ud83d\\ude00 Grünau"}`);
    expect(fine.statusCode, fine.body).toBe(201);
    expect(fine.json().name).toBe('Verein 😀 Grünau');
  });

  it('refuses NUL in the text fields of an upload, and removes control characters from the text of its file', async () => {
    const url = `/api/documents/import?workspaceId=${workspace.id}`;
    const upload = (form: { payload: Buffer; contentType: string }) => inject({ method: 'POST', url, headers: { ...coordinator.headers, 'content-type': form.contentType }, payload: form.payload });
    const before = await rowCounts();
    const withField = await upload(formWithFields({ note: `Notiz${NUL}` }, { fileName: 'bericht.txt', contentType: 'text/plain', data: 'Bericht' }));
    expect(withField.statusCode).toBe(400);
    expect(withField.json().errors).toEqual([{ field: 'body.note', code: 'invalid_text', message: expect.stringContaining('NUL character') }]);
    const binaryText = await upload(multipartBody({ fileName: 'bericht.txt', contentType: 'text/plain', data: `Bericht${NUL}aus Lutsk` }));
    expect(binaryText.statusCode).toBe(415);
    expect(await rowCounts()).toEqual(before);

    const controls = await upload(multipartBody({ fileName: 'werkstatt\u0001.txt', contentType: 'text/plain', data: 'Werkstatt\u0001 in\u000b Grünau\f\u001b\nZweite Zeile\tmit Tab' }));
    expect(controls.statusCode, controls.body).toBe(201);
    expect(controls.json().text).toBe('Werkstatt in Grünau\nZweite Zeile\tmit Tab');
    expect(controls.json().files[0].fileName).toBe('werkstatt.txt');
  });
});
