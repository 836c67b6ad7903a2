import { describe, expect, it } from 'vitest';
import { createExchange, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';

const LEIPZIG = demoId('place:leipzig');
const MUNICH = demoId('place:munich');
const GIZ = demoId('organization:giz');

interface Reference {
  id: string;
  recordType: string;
  title: Record<string, string>;
  path: string;
}

describe('the history names the records a change refers to', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  it('names a changed venue, themes and organisations by their current titles with where they are shown', async () => {
    const { coordinator, guest, outsider, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const themes = await send('GET', '/api/themes?limit=2', coordinator);
    const themeIds = themes.body.items.map((theme: { id: string }) => theme.id);
    const exchange = await createExchange(testApp.current.app, coordinator, workspace.id, { venuePlaceId: LEIPZIG, themeIds });
    const changed = await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, {
      venuePlaceId: MUNICH,
      organizations: [{ organizationId: GIZ, role: 'implementer' }],
    });
    expect(changed.status).toBe(200);

    const history = await send('GET', `/api/exchanges/${exchange.id}/history`, guest);
    expect(history.status).toBe(200);
    const [update, creation] = history.body.items as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown>; references: Reference[] }[];
    expect(update!.action).toBe('update');
    expect(update!.before).toMatchObject({ venuePlaceId: LEIPZIG });
    expect(update!.after).toMatchObject({ venuePlaceId: MUNICH });
    const byId = new Map(update!.references.map((reference) => [reference.id, reference]));
    expect(byId.get(LEIPZIG)).toMatchObject({ recordType: 'place', path: `/places/${LEIPZIG}`, title: expect.objectContaining({ de: 'Leipzig' }) });
    expect(byId.get(MUNICH)).toMatchObject({ recordType: 'place', path: `/places/${MUNICH}`, title: expect.objectContaining({ de: 'München' }) });
    expect(byId.get(GIZ)).toMatchObject({ recordType: 'organization', path: `/organizations/${GIZ}` });
    for (const id of themeIds) expect(byId.get(id)).toMatchObject({ recordType: 'theme', path: `/themes/${id}` });
    // Bookkeeping ids (the workspace, the author) are not named.
    expect(byId.has(workspace.id)).toBe(false);
    expect(creation!.references.map((reference) => reference.id)).toContain(LEIPZIG);

    // Someone who may not read the exchange gets no history, so no names either.
    expect((await send('GET', `/api/exchanges/${exchange.id}/history`, outsider)).status).toBe(404);
  });

  it('leaves out records the reader may not see', async () => {
    const other = await workspaceWithRoles(testApp.current.database.db, 'Referat Stadtentwicklung');
    const hidden = { body: await createExchange(testApp.current.app, other.coordinator, other.workspace.id, { visibility: 'private', title: { de: 'Geheime Klausur' } }) };
    const mine = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, mine.coordinator, mine.workspace.id, { venuePlaceId: MUNICH });
    // A coordinator of both workspaces could link it; the reader here belongs to one only.
    await testApp.current.database.db.execute(
      `UPDATE audit_events SET after = jsonb_set(after, '{venuePlaceId}', '"${hidden.body.id}"') WHERE entity_id = '${exchange.id}'` as never,
    );
    const history = await send('GET', `/api/exchanges/${exchange.id}/history`, mine.guest);
    expect(history.status).toBe(200);
    expect(history.body.items[0].after.venuePlaceId).toBe(hidden.body.id);
    expect(history.body.items[0].references.map((reference: Reference) => reference.id)).not.toContain(hidden.body.id);
  });
});
