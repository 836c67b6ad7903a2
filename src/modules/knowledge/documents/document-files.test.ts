import { describe, expect, it } from 'vitest';
import { multipartBody, type MultipartFile } from '../../../../test/support/multipart.js';
import { useTestApp } from '../../../../test/support/test-app.js';
import { extractionsFinished } from '../../../../test/support/test-jobs.js';
import { pdfOf } from '../../../../test/support/test-pdf.js';
import { type TestUser, useWorkspaceWithUsers } from '../../../../test/support/test-users.js';

const LIMIT = 200_000;

const REPORT_PAGES = [
  'Fachaustausch in Lutsk: Quartiersgärten als Treffpunkt\n\nIm Mai 2024 empfing die Stadt Lutsk eine Delegation aus Leipzig. Im Mittelpunkt standen Gemeinschaftsgärten in Großwohnsiedlungen.',
  'Auf der zweiten Seite: Die Teilnehmenden besichtigten den Zwiebelturmhof und verabredeten einen Gegenbesuch im Herbst.',
];

describe('document files', () => {
  const testApp = useTestApp({ env: { DOCUMENT_FILE_LIMIT_BYTES: String(LIMIT) }, jobs: true });
  const { workspace, member, guest } = useWorkspaceWithUsers(testApp, 'Dateien', { member: 'member', guest: 'guest' });

  const upload = (user: TestUser, url: string, file: MultipartFile) => {
    const { payload, contentType } = multipartBody(file);
    return testApp.current.app.inject({ method: 'POST', url, headers: { ...user.headers, 'content-type': contentType }, payload });
  };
  const get = (user: TestUser | null, url: string) => testApp.current.app.inject({ method: 'GET', url, headers: user?.headers ?? {} });
  const newDocument = async (title: string) =>
    (await testApp.current.app.inject({ method: 'POST', url: '/api/documents', headers: member.headers, payload: { workspaceId: workspace.id, kind: 'report', title } })).json().id as string;
  const search = async (q: string) => (await get(member, `/api/search?q=${encodeURIComponent(q)}&type=document`)).json().items.map((item: { id: string }) => item.id);

  it('reads the text of an attached PDF, makes it searchable, and gives the file back', async () => {
    const id = await newDocument('Bericht aus Lutsk');
    const pdf = await pdfOf(REPORT_PAGES);
    const response = await upload(member, `/api/documents/${id}/files?useText=true`, { fileName: 'bericht-lutsk.pdf', contentType: 'application/pdf', data: pdf });
    expect(response.statusCode, response.body).toBe(201);
    const { file, document } = response.json();
    expect(file).toMatchObject({ fileName: 'bericht-lutsk.pdf', contentType: 'application/pdf', byteSize: pdf.byteLength, textState: 'extracted', pageCount: 2, textError: null });
    expect(file.textLength).toBeGreaterThan(100);
    expect(document.text).toContain('Gemeinschaftsgärten');
    expect(document.language).toBe('de');
    expect(document.files).toHaveLength(1);

    expect(await search('Zwiebelturmhof')).toContain(id);
    expect(await search('Gemeinschaftsgarten')).toContain(id);

    const download = await get(member, file.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('bericht-lutsk.pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('imports a text file as a new document with proposals to review', async () => {
    const text = 'Partnerschaft Leipzig–Kiew\n\nDie Partnerschaft zwischen Leipzig und Kiew besteht seit 1961. Im Oktober 2018 reiste eine Delegation aus Darnyzja nach Grünau.';
    const response = await upload(member, `/api/documents/import?workspaceId=${workspace.id}&kind=news`, { fileName: 'partnerschaft.txt', contentType: 'text/plain', data: text });
    expect(response.statusCode, response.body).toBe(201);
    const document = response.json();
    expect(document).toMatchObject({ kind: 'news', origin: 'upload', language: 'de', title: 'Partnerschaft Leipzig–Kiew' });
    expect(document.files).toEqual([expect.objectContaining({ fileName: 'partnerschaft.txt', textState: 'extracted', contentType: 'text/plain' })]);
    expect(document.extractionState).toBe('queued');
    await extractionsFinished(testApp.current.database.db, [document.id]);
    expect((await get(member, `/api/documents/${document.id}`)).json()).toMatchObject({ extractionState: 'done', pendingProposals: expect.any(Number) });
    expect((await get(member, `/api/documents/${document.id}`)).json().pendingProposals).toBeGreaterThan(0);
    const download = await get(member, document.files[0].url);
    expect(download.body).toBe(text);
    const again = await upload(member, `/api/documents/import?workspaceId=${workspace.id}`, { fileName: 'nochmal.txt', contentType: 'text/plain', data: `${text}\n\n` });
    expect(again.statusCode).toBe(409);
    // Taking the same text from a file into another document is refused the same way.
    const empty = await newDocument('Leer');
    const copied = await upload(member, `/api/documents/${empty}/files?useText=true`, { fileName: 'kopie.txt', contentType: 'text/plain', data: text });
    expect(copied.statusCode).toBe(409);
    expect(copied.json().errors).toEqual([expect.objectContaining({ field: 'file' })]);
  });

  it('refuses a file whose bytes do not match its type with 415 naming the field', async () => {
    const id = await newDocument('Falsche Datei');
    const fake = await upload(member, `/api/documents/${id}/files`, { fileName: 'bericht.pdf', contentType: 'application/pdf', data: 'Das ist gar kein PDF.' });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const binary = await upload(member, `/api/documents/${id}/files`, { fileName: 'notiz.txt', contentType: 'text/plain', data: Buffer.from([0x00, 0x01, 0x02, 0xff]) });
    expect(binary.statusCode).toBe(415);
    const unknownType = await upload(member, `/api/documents/${id}/files`, { fileName: 'programm.exe', contentType: 'application/x-msdownload', data: 'MZ' });
    expect(unknownType.statusCode).toBe(415);
    expect((await get(member, `/api/documents/${id}`)).json().files).toEqual([]);
  });

  it('refuses a file over the limit with 413, and a request without a file', async () => {
    const id = await newDocument('Zu groß');
    const large = await upload(member, `/api/documents/${id}/files`, { fileName: 'gross.txt', contentType: 'text/plain', data: 'a'.repeat(LIMIT + 10) });
    expect(large.statusCode).toBe(413);
    expect(large.json().errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const wrongField = await upload(member, `/api/documents/${id}/files`, { fileName: 'x.txt', contentType: 'text/plain', data: 'x', field: 'attachment' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const json = await testApp.current.app.inject({ method: 'POST', url: `/api/documents/${id}/files`, headers: member.headers, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
  });

  it('keeps a broken PDF with the reason its text could not be read', async () => {
    const id = await newDocument('Kaputtes PDF');
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('kaputt '.repeat(50))]);
    const response = await upload(member, `/api/documents/${id}/files`, { fileName: 'kaputt.pdf', contentType: 'application/pdf', data: broken });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().file).toMatchObject({ textState: 'failed', textError: expect.any(String) });
  });

  it('lets guests download but not attach or remove, and removes a file', async () => {
    const id = await newDocument('Rechte');
    const attached = (await upload(member, `/api/documents/${id}/files`, { fileName: 'notiz.md', contentType: 'text/markdown', data: '# Notiz\n\nKurz.' })).json().file;
    expect((await get(guest, attached.url)).statusCode).toBe(200);
    expect((await upload(guest, `/api/documents/${id}/files`, { fileName: 'n.txt', contentType: 'text/plain', data: 'n' })).statusCode).toBe(403);
    expect((await get(null, attached.url)).statusCode).toBe(404);
    const removedByGuest = await testApp.current.app.inject({ method: 'DELETE', url: attached.url, headers: guest.headers });
    expect(removedByGuest.statusCode).toBe(403);
    const removed = await testApp.current.app.inject({ method: 'DELETE', url: attached.url, headers: member.headers });
    expect(removed.statusCode).toBe(204);
    expect((await get(member, attached.url)).statusCode).toBe(404);
  });
});
