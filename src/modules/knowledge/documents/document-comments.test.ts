import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../../test/support/test-users.js';

describe('document comments', () => {
  const testApp = useTestApp({ demoData: false });
  let member: TestUser;
  let otherMember: TestUser;
  let coordinator: TestUser;
  let guest: TestUser;
  let outsider: TestUser;
  let documentId: string;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    const workspaceId = (await createTestWorkspace(db, 'Gespräch')).id;
    member = await createTestUser(db, { memberships: [[workspaceId, 'member']], name: 'Marta' });
    otherMember = await createTestUser(db, { memberships: [[workspaceId, 'member']], name: 'Olek' });
    coordinator = await createTestUser(db, { memberships: [[workspaceId, 'coordinator']], name: 'Clara' });
    guest = await createTestUser(db, { memberships: [[workspaceId, 'guest']] });
    outsider = await createTestUser(db, { memberships: [[(await createTestWorkspace(db)).id, 'owner']] });
    const created = await testApp.current.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: member.headers,
      payload: { workspaceId, kind: 'minutes', title: 'Protokoll', text: 'Protokoll der Sitzung der Projektgruppe Wohnen.', visibility: 'public' },
    });
    documentId = created.json().id;
  });

  const send = (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path = '', payload?: object) =>
    testApp.current.app.inject({ method, url: `/api/documents/${documentId}/comments${path}`, headers: user?.headers ?? {}, ...(payload ? { payload } : {}) });
  const list = async (user: TestUser) => (await send(user, 'GET')).json();

  it('lets members post, and shows new comments at once with their author', async () => {
    const posted = await send(member, 'POST', '', { body: 'Danke für das Protokoll!' });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ body: 'Danke für das Protokoll!', state: 'new', author: { displayName: 'Marta' }, canEdit: true, canModerate: false });
    const byCoordinator = await send(coordinator, 'POST', '', { body: 'Gern geschehen.' });
    expect(byCoordinator.json()).toMatchObject({ state: 'approved', canModerate: true });
    const seen = await list(otherMember);
    expect(seen.items.map((item: { body: string }) => item.body)).toEqual(['Danke für das Protokoll!', 'Gern geschehen.']);
    expect(seen.awaitingModeration).toBe(0);
    expect((await list(coordinator)).awaitingModeration).toBe(1);
    expect((await send(member, 'POST', '', { body: '   ' })).json().errors[0].field).toBe('body.body');
  });

  it('lets guests read but not post; outsiders and the signed-out neither', async () => {
    expect((await send(guest, 'GET')).statusCode).toBe(200);
    expect((await send(guest, 'POST', '', { body: 'Ich auch!' })).statusCode).toBe(403);
    expect((await send(outsider, 'GET')).statusCode).toBe(403);
    expect((await send(outsider, 'POST', '', { body: 'Hallo' })).statusCode).toBe(403);
    expect((await send(null, 'GET')).statusCode).toBe(401);
  });

  it('lets authors edit their own comment only, which then awaits moderation again', async () => {
    const id = (await send(member, 'POST', '', { body: 'Erste Fassung' })).json().id;
    await send(coordinator, 'POST', `/${id}/approve`);
    const edited = await send(member, 'PATCH', `/${id}`, { body: 'Zweite Fassung' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'Zweite Fassung', state: 'new', editedAt: expect.any(String) });
    expect((await send(otherMember, 'PATCH', `/${id}`, { body: 'Fremd' })).statusCode).toBe(403);
    expect((await send(coordinator, 'PATCH', `/${id}`, { body: 'Fremd' })).statusCode).toBe(403);
    expect((await send(otherMember, 'DELETE', `/${id}`)).statusCode).toBe(403);
    expect((await send(member, 'PATCH', '/00000000-0000-4000-8000-000000000009', { body: 'x' })).statusCode).toBe(404);
  });

  it('lets coordinators hide a comment: others see that it is hidden, not its words; approving shows it again', async () => {
    const id = (await send(otherMember, 'POST', '', { body: 'Das ist Werbung für meinen Laden.' })).json().id;
    expect((await send(member, 'POST', `/${id}/hide`, { note: 'Werbung' })).statusCode).toBe(403);
    const hidden = await send(coordinator, 'POST', `/${id}/hide`, { note: 'Werbung' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json()).toMatchObject({ state: 'hidden', moderationNote: 'Werbung', body: 'Das ist Werbung für meinen Laden.' });

    const forMember = (await list(member)).items.find((item: { id: string }) => item.id === id);
    expect(forMember).toMatchObject({ state: 'hidden', body: null, moderationNote: null });
    const forGuest = (await list(guest)).items.find((item: { id: string }) => item.id === id);
    expect(forGuest).toMatchObject({ state: 'hidden', body: null });
    const forAuthor = (await list(otherMember)).items.find((item: { id: string }) => item.id === id);
    expect(forAuthor).toMatchObject({ state: 'hidden', body: 'Das ist Werbung für meinen Laden.', moderationNote: 'Werbung', canEdit: true });
    expect((await send(otherMember, 'PATCH', `/${id}`, { body: 'Anders' })).statusCode).toBe(403);

    const approved = await send(coordinator, 'POST', `/${id}/approve`);
    expect(approved.json()).toMatchObject({ state: 'approved', moderationNote: null });
    expect((await list(member)).items.find((item: { id: string }) => item.id === id).body).toBe('Das ist Werbung für meinen Laden.');
  });

  it('lets authors and coordinators delete comments', async () => {
    const own = (await send(member, 'POST', '', { body: 'Wird gelöscht' })).json().id;
    expect((await send(member, 'DELETE', `/${own}`)).statusCode).toBe(204);
    const other = (await send(otherMember, 'POST', '', { body: 'Wird moderiert' })).json().id;
    expect((await send(coordinator, 'DELETE', `/${other}`)).statusCode).toBe(204);
    const ids = (await list(coordinator)).items.map((item: { id: string }) => item.id);
    expect(ids).not.toContain(own);
    expect(ids).not.toContain(other);
  });

  it('pages comments oldest first without repeats', async () => {
    const all = (await send(coordinator, 'GET', '?limit=100')).json().items.map((item: { id: string }) => item.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await send(coordinator, 'GET', `?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});
