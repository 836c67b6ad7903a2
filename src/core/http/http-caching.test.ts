import { describe, expect, it } from 'vitest';
import { createContactPartnership } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser } from '../../../test/support/test-users.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';

describe('HTTP caching of API reads', () => {
  const testApp = useTestApp();

  it('answers an unchanged list with an empty 304, and a changed one in full', async () => {
    const app = testApp.current.app;
    const list = (ifNoneMatch?: string) => app.inject({ method: 'GET', url: '/api/partnerships', headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {} });
    const first = await list();
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const tag = String(first.headers.etag);
    expect(tag).toMatch(/^W\/".+"$/);

    const again = await list(tag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const coordinator = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    await createContactPartnership(app, coordinator, DEMO_WORKSPACE_ID, 'Aachen und Lwiw', 'public');
    const changed = await list(tag);
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(changed.json().items.map((item: { title: { de: string } }) => item.title.de)).toContain('Aachen und Lwiw');
  });

  it('gives a visitor and a member different tags when they see different records', async () => {
    const app = testApp.current.app;
    const member = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    const visitorView = await app.inject({ method: 'GET', url: '/api/start' });
    const memberView = await app.inject({ method: 'GET', url: '/api/start', headers: { ...member.headers, 'if-none-match': String(visitorView.headers.etag) } });
    expect(memberView.statusCode).toBe(200);
    expect(memberView.json().mine).not.toBeNull();
  });
});
