import { describe, expect, it } from 'vitest';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';

const MYKOLAIV = demoId('place:mykolaiv');
const LEIPZIG = demoId('place:leipzig');

interface Event {
  action: string;
  entityType: string;
  entityId: string;
  label: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  references: { id: string; recordType: string; title: Record<string, string>; path: string }[];
}

describe('an exchange’s history shows its delegations', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  it('records adding, renaming, changing and removing a delegation and moving a registration, naming the linked records', async () => {
    const { coordinator, guest, outsider, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, coordinator, workspace.id);
    const url = `/api/exchanges/${exchange.id}`;
    const first = (await send('POST', `${url}/delegations`, coordinator, { name: { de: 'Gruppe Mykolajiw' }, fromPlaceId: MYKOLAIV, sectors: ['administration'], size: 4 })).body;
    const second = (await send('POST', `${url}/delegations`, coordinator, { fromPlaceId: LEIPZIG })).body;
    const [person] = await createPeople(testApp.current.app, coordinator, workspace.id, [['Olena', 'Kovalenko']]);
    const registered = await send('POST', `${url}/registrations`, coordinator, { personIds: [person], delegationId: first.id });
    expect(registered.status).toBe(201);
    const registrationId = registered.body.items[0].id as string;
    // A change that leaves the delegation alone stays out of the exchange's history.
    expect((await send('PATCH', `${url}/registrations/${registrationId}`, coordinator, { note: 'vegetarisch' })).status).toBe(200);
    expect((await send('PATCH', `${url}/delegations/${first.id}`, coordinator, { name: { de: 'Stadtrat Mykolajiw' }, size: 5 })).status).toBe(200);
    expect((await send('PATCH', `${url}/registrations/${registrationId}`, coordinator, { delegationId: second.id })).status).toBe(200);
    expect((await send('DELETE', `${url}/delegations/${second.id}`, coordinator)).status).toBe(204);

    const history = await send('GET', `${url}/history`, guest);
    expect(history.status).toBe(200);
    const events = history.body.items as Event[];
    expect(events.map((event) => [event.entityType, event.action])).toEqual([
      ['exchange_delegation', 'delete'],
      ['registration', 'update'],
      ['exchange_delegation', 'update'],
      ['registration', 'create'],
      ['exchange_delegation', 'create'],
      ['exchange_delegation', 'create'],
      ['exchange', 'create'],
    ]);
    const [removed, moved, renamed, registration] = events;
    expect(renamed).toMatchObject({ label: 'Stadtrat Mykolajiw', before: { name: { de: 'Gruppe Mykolajiw' }, size: 4 }, after: { name: { de: 'Stadtrat Mykolajiw' }, size: 5 } });
    const namesIn = (event: Event) => new Map(event.references.map((reference) => [reference.id, reference]));
    expect(namesIn(registration!).get(person!)).toMatchObject({ recordType: 'person', title: expect.objectContaining({}) });
    expect(namesIn(registration!).get(first.id)).toMatchObject({ recordType: 'exchange_delegation', title: { de: 'Stadtrat Mykolajiw' }, path: `/exchanges/${exchange.id}` });
    // The registration moved to a delegation removed since: named by its origin, as last recorded.
    expect(moved).toMatchObject({ before: { delegationId: first.id }, after: { delegationId: second.id } });
    expect(namesIn(moved!).get(second.id)).toMatchObject({ recordType: 'exchange_delegation', title: expect.objectContaining({ de: 'Leipzig', und: 'Leipzig' }) });
    expect(removed).toMatchObject({ label: null, before: { fromPlaceId: LEIPZIG }, after: null });
    expect(namesIn(removed!).get(LEIPZIG)).toMatchObject({ recordType: 'place' });

    // Someone who may not read the exchange sees neither the history nor the delegations' names.
    expect((await send('GET', `${url}/history`, outsider)).status).toBe(404);
  });
});
