import { describe, expect, it } from 'vitest';
import { createExchange, createPeople, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import type { TestUser } from '../../../test/support/test-users.js';
import { useTestApp } from '../../../test/support/test-app.js';

describe('refusals carry a code and its values, told in the language asked for', () => {
  const testApp = useTestApp();
  const send = async (method: 'POST' | 'PATCH', url: string, user: TestUser, payload: object, language?: string) => {
    const response = await testApp.current.app.inject({
      method,
      url,
      headers: { ...user.headers, ...(language ? { 'accept-language': language } : {}) },
      payload,
    });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

  it('names an agenda session outside the exchange’s days with the days, in English, German and Ukrainian', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, coordinator, workspace.id, { startDate: '2031-07-14', endDate: '2031-07-15' });
    const session = { day: '2031-07-16', kind: 'talk', title: { de: 'Zu spät' } };

    const english = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, session);
    expect(english.status).toBe(400);
    expect(english.body).toMatchObject({ code: 'validation_error', title: 'The request is invalid' });
    expect(english.body.errors).toEqual([
      { field: 'body.day', code: 'date_outside_exchange', params: { from: '2031-07-14', to: '2031-07-15' }, message: 'must lie within the exchange, 2031-07-14 to 2031-07-15' },
    ]);

    const german = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, session, 'de-DE,de;q=0.9,en;q=0.5');
    expect(german.headers['content-language']).toBe('de');
    expect(german.body.detail).toBe('Einige Angaben müssen korrigiert werden.');
    expect(german.body.errors[0]).toMatchObject({ code: 'date_outside_exchange', message: 'Der Tag muss innerhalb des Austauschs liegen, vom 14. Juli 2031 bis 15. Juli 2031.' });

    const ukrainian = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, session, 'uk');
    expect(ukrainian.headers['content-language']).toBe('uk');
    expect(ukrainian.body).toMatchObject({ code: 'validation_error', detail: 'Деякі дані потрібно виправити.' });
    expect(ukrainian.body.errors[0].message).toMatch(/^День має бути в межах обміну, з 14 липня 2031 р\. до 15 липня 2031 р\.$/);
  });

  it('maps the checks of the input’s shape to a small set of codes', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, coordinator, workspace.id, { startDate: '2031-07-14', endDate: '2031-07-15' });
    const refused = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, { day: '2031-07-14', kind: 'karaoke', title: { de: 'Gespräch' }, room: 'x'.repeat(201) }, 'uk');
    expect(refused.status).toBe(400);
    const byField = Object.fromEntries(refused.body.errors.map((issue: { field: string }) => [issue.field, issue]));
    expect(byField['body.kind']).toMatchObject({ code: 'invalid_option', params: { allowed: expect.arrayContaining(['talk', 'discussion']) }, message: 'Будь ласка, виберіть один із запропонованих варіантів.' });
    expect(byField['body.room']).toMatchObject({ code: 'too_long', params: { max: 200 }, message: 'Кількість символів має бути не більше 200.' });
    const missing = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, { kind: 'talk', title: { de: 'Ohne Tag' } });
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'body.day', code: 'required' })]);
  });

  it('calls a title left empty in every language missing, not invalid, for exchanges and partnerships', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await send('POST', '/api/exchanges', coordinator, { workspaceId: workspace.id, kind: 'delegation_visit', title: { de: ' ' }, startDate: '2031-07-14', endDate: '2031-07-14' }, 'de');
    expect(exchange.body.errors).toEqual([expect.objectContaining({ field: 'body.title', code: 'required', message: 'Bitte füllen Sie dieses Feld aus.' })]);
    const partnership = await send('POST', '/api/partnerships', coordinator, { workspaceId: workspace.id, title: {}, parties: [] }, 'de');
    const byField = Object.fromEntries(partnership.body.errors.map((issue: { field: string }) => [issue.field, issue]));
    expect(byField['body.title']).toMatchObject({ code: 'required' });
    expect(byField['body.kind']).toMatchObject({ code: 'invalid_option' });
  });

  it('answers a conflict with the code of the module’s catalogue, mapped to 409', async () => {
    const { app, database } = testApp.current;
    const { coordinator, workspace } = await workspaceWithRoles(database.db);
    const exchange = await createExchange(app, coordinator, workspace.id, { startDate: '2031-07-14', endDate: '2031-07-15', capacity: 1 });
    const people = await createPeople(app, coordinator, workspace.id, [['Olena', 'Kovalenko'], ['Jonas', 'Weber']]);
    expect((await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { status: 'cancelled' })).status).toBe(200);

    const refused = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people }, 'uk');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: '/problems/exchange-cancelled',
      code: 'exchange_cancelled',
      title: 'У поточному стані це неможливо.',
      detail: 'Обмін скасовано; ніхто не може на нього зареєструватися.',
      errors: [{ field: 'path.id', code: 'invalid_state' }],
    });
    const german = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people }, 'de');
    expect(german.body.detail).toBe('Der Austausch ist abgesagt; niemand kann sich dafür anmelden.');
  });
});
