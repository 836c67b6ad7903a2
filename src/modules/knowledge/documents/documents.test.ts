import { beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../../demo/demo-id.js';
import { useTestApp } from '../../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../../test/support/test-users.js';

interface Actors {
  workspaceId: string;
  otherWorkspaceId: string;
  member: TestUser;
  otherMember: TestUser;
  coordinator: TestUser;
  outsider: TestUser;
}

describe('documents API', () => {
  const testApp = useTestApp();
  let actors: Actors;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    const workspace = await createTestWorkspace(db, 'Partnerschaftsbüro');
    const other = await createTestWorkspace(db, 'Anderswo');
    actors = {
      workspaceId: workspace.id,
      otherWorkspaceId: other.id,
      member: await createTestUser(db, { memberships: [[workspace.id, 'member']] }),
      otherMember: await createTestUser(db, { memberships: [[workspace.id, 'member']] }),
      coordinator: await createTestUser(db, { memberships: [[workspace.id, 'coordinator']] }),
      outsider: await createTestUser(db, { memberships: [[other.id, 'owner']] }),
    };
  });

  const send = (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    testApp.current.app.inject({ method, url, headers: user?.headers ?? {}, ...(payload ? { payload } : {}) });
  const create = (user: TestUser, body: Record<string, unknown>) => send(user, 'POST', '/api/documents', { workspaceId: actors.workspaceId, kind: 'news', ...body });
  const fieldsOf = (response: { json: () => { errors?: { field: string }[] } }) => (response.json().errors ?? []).map((error) => error.field);

  it('detects the language of German, English and Ukrainian texts and takes the title from the text', async () => {
    const cases = [
      ['de', 'Leipzig und Kiew vertiefen ihre Städtepartnerschaft. Die Stadtverwaltung lädt im Frühjahr zu einem Workshop über Quartiersentwicklung ein.'],
      ['en', 'Leipzig and Kyiv deepen their twinning. The city administration invites partners to a workshop on neighbourhood development in the spring.'],
      ['uk', 'Київ і Лейпциг поглиблюють партнерство міст. Міська рада запрошує до семінару з розвитку кварталів навесні.'],
    ] as const;
    for (const [language, text] of cases) {
      const response = await create(actors.member, { text });
      expect(response.statusCode, response.body).toBe(201);
      const document = response.json();
      expect(document).toMatchObject({ language, languageSource: 'detected', kind: 'news', visibility: 'workspace', origin: 'form', canEdit: true });
      expect(document.title.length).toBeGreaterThan(0);
      expect(text.startsWith(document.title.replace(/[.…]$/, '').slice(0, 20))).toBe(true);
    }
    const given = await create(actors.member, { title: 'Given', text: 'Ein kurzer Text, dessen Sprache angegeben wird, ist hier.', language: 'en' });
    expect(given.json()).toMatchObject({ language: 'en', languageSource: 'given' });
  });

  it('takes a news item’s title from its first sentence, not its dateline, and the dateline’s day as its publication date', async () => {
    const text = 'Leipzig, 12. Mai 2025. Die Stadt Leipzig empfängt eine Delegation aus Darnyzja. Die Gäste besuchen drei Tage lang Grünau.';
    const response = await create(actors.member, { text });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().title).toBe('Die Stadt Leipzig empfängt eine Delegation aus Darnyzja.');
    expect(response.json().publishedOn).toBe('2025-05-12');
    const given = await create(actors.member, { text: text.replace('Darnyzja', 'Kiew'), publishedOn: '2025-05-14' });
    expect(given.json().publishedOn).toBe('2025-05-14');
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'leaflet', title: 'x' }, 'body.kind'],
      [{ title: 'x', sourceUrl: 'ftp://example.org/report' }, 'body.sourceUrl'],
      [{ title: 'x', sourceUrl: 'not a url' }, 'body.sourceUrl'],
      [{ title: 'x', goodPractice: { relevance: { assessment: 'Sehr relevant', rating: 4 } } }, 'body.goodPractice'],
      [{ kind: 'good_practice', title: 'x', goodPractice: { impact: { assessment: 'Groß', rating: 6 } } }, 'body.goodPractice.impact.rating'],
      [{ kind: 'good_practice', title: 'x', goodPractice: { impact: { assessment: 'Groß', rating: 0 } } }, 'body.goodPractice.impact.rating'],
      [{ title: 'x', colour: 'blue' }, 'body'],
      [{ text: '' }, 'body.text'],
      [{ title: 'x', publishedOn: '2023-13-01' }, 'body.publishedOn'],
    ];
    for (const [body, field] of cases) {
      const response = await create(actors.member, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response).some((named) => named === field || named.startsWith(`${field}.`)), `${JSON.stringify(body)} → ${fieldsOf(response)}`).toBe(true);
    }
    const unknownField = await create(actors.member, { title: 'x', colour: 'blue' });
    expect(unknownField.body).toContain('colour');
  });

  it('keeps the four URBACT criteria of a good practice', async () => {
    const goodPractice = {
      relevance: { assessment: 'Antwort auf Leerstand in Großwohnsiedlungen', rating: 5 },
      participation: { assessment: 'Bewohnerbeirat von Anfang an beteiligt', rating: 4 },
      impact: { assessment: 'Drei Höfe neu gestaltet', rating: 3 },
      transferability: { assessment: 'Übertragbar auf Plattenbauviertel in Kiew', rating: 4 },
    };
    const response = await create(actors.member, { kind: 'good_practice', title: 'Höfe für alle', text: 'Gemeinsam gestaltete Innenhöfe in Grünau.', goodPractice });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().goodPractice).toEqual(goodPractice);
    const changed = await send(actors.member, 'PATCH', `/api/documents/${response.json().id}`, { kind: 'report' });
    expect(changed.json()).toMatchObject({ kind: 'report', goodPractice: null });
  });

  it('updates and deletes a document, for its creator and coordinators only', async () => {
    const id = (await create(actors.member, { title: 'Protokoll Lenkungsgruppe', text: 'Die Lenkungsgruppe tagte in Leipzig und beschloss den Zeitplan.' })).json().id;
    const updated = await send(actors.member, 'PATCH', `/api/documents/${id}`, { kind: 'minutes', publishedOn: '2023-11-30', sourceUrl: 'https://example.org/protokoll' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ kind: 'minutes', publishedOn: '2023-11-30', sortDate: '2023-11-30', sourceUrl: 'https://example.org/protokoll' });
    const retexted = await send(actors.member, 'PATCH', `/api/documents/${id}`, { text: 'The steering group met in Leipzig and agreed on the timetable for the next visits.' });
    expect(retexted.json()).toMatchObject({ language: 'en', languageSource: 'detected' });
    expect((await send(actors.otherMember, 'PATCH', `/api/documents/${id}`, { title: 'Meins' })).statusCode).toBe(403);
    expect((await send(actors.member, 'PATCH', `/api/documents/${id}`, {})).statusCode).toBe(400);
    expect((await send(actors.coordinator, 'PATCH', `/api/documents/${id}`, { title: 'Protokoll (korrigiert)' })).statusCode).toBe(200);
    expect((await send(actors.otherMember, 'DELETE', `/api/documents/${id}`)).statusCode).toBe(403);
    const searchFor = async (user: TestUser | null, q: string) => (await send(user, 'GET', `/api/search?q=${q}&type=document`)).json().items.map((item: { id: string }) => item.id);
    expect(await searchFor(actors.member, 'timetable')).toContain(id);
    expect(await searchFor(actors.outsider, 'timetable')).not.toContain(id);
    await send(actors.member, 'PATCH', `/api/documents/${id}`, { visibility: 'public' });
    expect(await searchFor(null, 'timetable')).toContain(id);
    await send(actors.member, 'PATCH', `/api/documents/${id}`, { visibility: 'private' });
    expect(await searchFor(actors.otherMember, 'timetable')).not.toContain(id);
    expect((await send(actors.member, 'DELETE', `/api/documents/${id}`)).statusCode).toBe(204);
    expect((await send(actors.member, 'GET', `/api/documents/${id}`)).statusCode).toBe(404);
    expect(await searchFor(actors.member, 'timetable')).not.toContain(id);
  });

  it('shows a document only to those who may see it: 404 for others, public ones signed out too', async () => {
    const privateId = (await create(actors.member, { title: 'Privater Entwurf', text: 'Nur für mich: Notizen zur Reise nach Kiew.', visibility: 'private' })).json().id;
    const workspaceId = (await create(actors.member, { title: 'Intern', text: 'Interne Notiz zur Vorbereitung des Besuchs in Darnyzja.' })).json().id;
    const publicId = (await create(actors.member, { title: 'Öffentlich', text: 'Öffentliche Mitteilung zur Partnerschaft mit Kiew.', visibility: 'public' })).json().id;
    for (const id of [privateId, workspaceId]) {
      expect((await send(actors.outsider, 'GET', `/api/documents/${id}`)).statusCode).toBe(404);
      expect((await send(null, 'GET', `/api/documents/${id}`)).statusCode).toBe(404);
    }
    expect((await send(actors.otherMember, 'GET', `/api/documents/${privateId}`)).statusCode).toBe(404);
    expect((await send(actors.coordinator, 'GET', `/api/documents/${privateId}`)).statusCode).toBe(200);
    expect((await send(actors.otherMember, 'GET', `/api/documents/${workspaceId}`)).statusCode).toBe(200);
    const signedOut = await send(null, 'GET', `/api/documents/${publicId}`);
    expect(signedOut.statusCode).toBe(200);
    expect(signedOut.json()).toMatchObject({ canEdit: false, canComment: false, canReadComments: false });
    const listed = (await send(actors.outsider, 'GET', `/api/documents?workspaceId=${actors.workspaceId}&limit=100`)).json();
    const ids = listed.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(publicId);
    expect(ids).not.toContain(privateId);
    expect(ids).not.toContain(workspaceId);
  });

  it('pages the list by keyset, newest first, with filters', async () => {
    const workspace = await createTestWorkspace(testApp.current.database.db, 'Seiten');
    const writer = await createTestUser(testApp.current.database.db, { memberships: [[workspace.id, 'member']] });
    const made: string[] = [];
    for (let day = 1; day <= 7; day++) {
      const kind = day % 2 === 0 ? 'minutes' : 'news';
      const response = await send(writer, 'POST', '/api/documents', {
        workspaceId: workspace.id,
        kind,
        title: `Meldung ${day}`,
        text: `Meldung Nummer ${day} über die Zusammenarbeit von Leipzig und Kiew.`,
        // Two share a date: the id decides between them.
        publishedOn: `2024-03-0${Math.min(day, 6)}`,
      });
      expect(response.statusCode, response.body).toBe(201);
      made.push(response.json().id);
    }
    const seen: { id: string; sortDate: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; sortDate: string }[]; nextCursor: string | null } = (
        await send(writer, 'GET', `/api/documents?workspaceId=${workspace.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((item) => item.id).sort()).toEqual([...made].sort());
    expect(new Set(seen.map((item) => item.id)).size).toBe(7);
    const dates = seen.map((item) => item.sortDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const minutes = (await send(writer, 'GET', `/api/documents?workspaceId=${workspace.id}&kind=minutes`)).json();
    expect(minutes.items).toHaveLength(3);
    expect(minutes.items.every((item: { kind: string }) => item.kind === 'minutes')).toBe(true);
    expect((await send(writer, 'GET', `/api/documents?workspaceId=${workspace.id}&language=uk`)).json().items).toHaveLength(0);
    const badFilter = await send(writer, 'GET', `/api/documents?linkedType=place`);
    expect(badFilter.statusCode).toBe(400);
    expect(fieldsOf(badFilter)).toContain('query.linkedId');
  });

  it('does not take the same text twice into a workspace, whatever its white space', async () => {
    const text = 'Der Stadtrat von Leipzig bestätigte die Partnerschaft mit Kiew, die seit 1961 besteht.';
    const first = await create(actors.member, { text });
    expect(first.statusCode).toBe(201);
    const again = await create(actors.coordinator, { text: `  ${text.replaceAll(' ', '  ')}\n` });
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)).toEqual(['body.text']);
    expect(again.json().detail).toContain(first.json().id);
    const elsewhere = await send(actors.outsider, 'POST', '/api/documents', { workspaceId: actors.otherWorkspaceId, kind: 'news', text });
    expect(elsewhere.statusCode).toBe(201);
    const other = (await create(actors.member, { title: 'Anders', text: 'Ein ganz anderer Text über Lwiw.' })).json().id;
    const clash = await send(actors.member, 'PATCH', `/api/documents/${other}`, { text });
    expect(clash.statusCode).toBe(409);
  });

  it('links records, refuses unknown ones naming the field, and unlinks', async () => {
    const leipzig = demoId('place:leipzig');
    const partnership = demoId('partnership:leipzig-kyiv');
    const created = await create(actors.member, { title: 'Mit Links', text: 'Bericht über Leipzig.', links: [{ recordType: 'place', recordId: leipzig }] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().links).toEqual([expect.objectContaining({ recordType: 'place', recordId: leipzig, origin: 'manual', title: expect.objectContaining({ de: 'Leipzig' }) })]);

    const linked = await send(actors.member, 'POST', `/api/documents/${id}/links`, { recordType: 'partnership', recordId: partnership });
    expect(linked.statusCode, linked.body).toBe(201);
    const twice = await send(actors.member, 'POST', `/api/documents/${id}/links`, { recordType: 'partnership', recordId: partnership });
    expect(twice.statusCode).toBe(200);
    expect(twice.json().id).toBe(linked.json().id);

    const unknown = await send(actors.member, 'POST', `/api/documents/${id}/links`, { recordType: 'organization', recordId: '00000000-0000-4000-8000-000000000001' });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['body.recordId']);
    const wrongType = await send(actors.member, 'POST', `/api/documents/${id}/links`, { recordType: 'organization', recordId: leipzig });
    expect(wrongType.statusCode).toBe(400);
    const badType = await send(actors.member, 'POST', `/api/documents/${id}/links`, { recordType: 'planet', recordId: leipzig });
    expect(fieldsOf(badType)).toEqual(['body.recordType']);
    const unknownAtCreate = await create(actors.member, { title: 'Kaputt', links: [{ recordType: 'exchange', recordId: '00000000-0000-4000-8000-000000000002' }] });
    expect(unknownAtCreate.statusCode).toBe(400);
    expect(fieldsOf(unknownAtCreate)).toEqual(['body.links.0.recordId']);

    const byRecord = (await send(actors.member, 'GET', `/api/documents?linkedType=partnership&linkedId=${partnership}`)).json();
    expect(byRecord.items.map((item: { id: string }) => item.id)).toContain(id);

    expect((await send(actors.member, 'DELETE', `/api/documents/${id}/links/${linked.json().id}`)).statusCode).toBe(204);
    expect((await send(actors.member, 'DELETE', `/api/documents/${id}/links/${linked.json().id}`)).statusCode).toBe(404);
    const after = (await send(actors.member, 'GET', `/api/documents/${id}`)).json();
    expect(after.links.map((link: { recordType: string }) => link.recordType)).toEqual(['place']);
  });

  it('keeps the history of a document', async () => {
    const id = (await create(actors.member, { title: 'Mit Geschichte', text: 'Erste Fassung des Berichts aus Lutsk.' })).json().id;
    await send(actors.member, 'PATCH', `/api/documents/${id}`, { title: 'Mit Geschichte (zweite Fassung)' });
    await send(actors.member, 'POST', `/api/documents/${id}/links`, { recordType: 'place', recordId: demoId('place:leipzig') });
    const history = await send(actors.member, 'GET', `/api/documents/${id}/history`);
    expect(history.statusCode, history.body).toBe(200);
    const actions = history.json().items.map((item: { action: string }) => item.action);
    expect(actions).toHaveLength(3);
    expect(actions.filter((action: string) => action === 'create')).toHaveLength(1);
    expect((await send(actors.outsider, 'GET', `/api/documents/${id}/history`)).statusCode).toBe(404);
  });
});
