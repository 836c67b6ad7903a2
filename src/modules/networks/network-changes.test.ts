import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import type { TestUser } from '../../../test/support/test-users.js';
import { useTestApp } from '../../../test/support/test-app.js';

const SAXONY = demoId('place:saxony');
const place = (town: string) => demoId(`place:${town}`);

describe('creating and changing networks', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  async function createNetwork() {
    const cast = await workspaceWithRoles(testApp.current.database.db);
    const created = await send('POST', '/api/networks', cast.member, {
      workspaceId: cast.workspace.id,
      name: { de: 'Netzwerk Quartiersmanagement Westsachsen', uk: 'Мережа квартальних менеджерів Західної Саксонії' },
      kind: 'professional',
      cadence: 'quarterly',
      foundedYear: 2008,
      regionPlaceId: SAXONY,
      organizationId: demoId('organization:lag-sachsen'),
    });
    expect(created.status).toBe(201);
    return { ...cast, network: created.body };
  }

  /** A meeting of the network on one day, hosted by one of its members, entered in the network's workspace. */
  function hostedMeeting(user: TestUser, network: { id: string; workspaceId: string }, host: { id: string }, day: string, title: string) {
    return createExchange(testApp.current.app, user, network.workspaceId, { kind: 'network_meeting', title: { de: title }, startDate: day, endDate: day, networkId: network.id, hostNetworkMemberId: host.id });
  }

  it('creates a network and answers with all it holds', async () => {
    const { network, guest } = await createNetwork();
    expect(network).toMatchObject({
      kind: 'professional',
      cadence: 'quarterly',
      foundedYear: 2008,
      region: { id: SAXONY },
      organization: { shortName: 'LAG Sachsen' },
      memberCount: 0,
      archivedAt: null,
      members: [],
      themes: [],
      canEdit: true,
    });
    const read = await send('GET', `/api/networks/${network.id}`, guest);
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(false);
  });

  it('refuses bad input naming each field, writing nothing', async () => {
    const { workspace, member } = await workspaceWithRoles(testApp.current.database.db);
    const response = await send('POST', '/api/networks', member, {
      workspaceId: workspace.id,
      name: { de: ' ' },
      kind: 'club',
      cadence: 'quarterly',
      foundedYear: 12,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((issue: { field: string }) => issue.field).sort()).toEqual(['body.foundedYear', 'body.kind', 'body.name']);
    // A name blank in every language asks for a name, as any missing required field does.
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'body.name', code: 'required' }));
    const unknownRegion = await send('POST', '/api/networks', member, {
      workspaceId: workspace.id,
      name: { de: 'Netz' },
      kind: 'other',
      cadence: 'yearly',
      regionPlaceId: '8d3b6c1e-0000-4000-8000-000000000000',
    });
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.body.errors).toEqual([expect.objectContaining({ field: 'body.regionPlaceId' })]);
    const listed = await send('GET', '/api/networks?limit=100', member);
    expect(listed.body.items.map((item: { name: { de?: string } }) => item.name.de)).not.toContain('Netz');
  });

  it('lets guests and outsiders change nothing', async () => {
    const { network, guest, outsider, workspace } = await createNetwork();
    expect((await send('POST', '/api/networks', guest, { workspaceId: workspace.id, name: { de: 'X' }, kind: 'other', cadence: 'yearly' })).status).toBe(403);
    expect((await send('PATCH', `/api/networks/${network.id}`, guest, { cadence: 'monthly' })).status).toBe(403);
    expect((await send('PATCH', `/api/networks/${network.id}`, outsider, { cadence: 'monthly' })).status).toBe(404);
    expect((await send('POST', `/api/networks/${network.id}/members`, guest, { placeId: place('leipzig') })).status).toBe(403);
    expect((await send('POST', `/api/networks/${network.id}/members`, null, { placeId: place('leipzig') })).status).toBe(404);
  });

  it('changes and archives a network, keeping each step in its history', async () => {
    const { network, coordinator, guest } = await createNetwork();
    const changed = await send('PATCH', `/api/networks/${network.id}`, coordinator, { cadence: 'half_yearly', name: { de: 'Netzwerk Quartiersarbeit' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ cadence: 'half_yearly', name: { de: 'Netzwerk Quartiersarbeit' } });
    const archived = await send('PATCH', `/api/networks/${network.id}`, coordinator, { archived: true });
    expect(archived.body.archivedAt).toEqual(expect.any(String));
    const onlyActive = await send('GET', '/api/networks?archived=false&limit=100', coordinator);
    expect(onlyActive.body.items.map((item: { id: string }) => item.id)).not.toContain(network.id);
    const history = await send('GET', `/api/networks/${network.id}/history`, guest);
    expect(history.status).toBe(200);
    expect(history.body.items.map((event: { action: string }) => event.action)).toEqual(['update', 'update', 'create']);
  });

  it('adds, changes and removes members with their contact person', async () => {
    const { network, member, workspace } = await createNetwork();
    const [contact] = await createPeople(testApp.current.app, member, workspace.id, [['Sabine', 'Wolf']]);
    const added = await send('POST', `/api/networks/${network.id}/members`, member, { placeId: place('glauchau'), joinedOn: '2008-03-01', contactPersonId: contact });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ place: { name: 'Glauchau' }, joinedOn: '2008-03-01', contactPerson: { id: contact }, hasHosted: false });
    const twice = await send('POST', `/api/networks/${network.id}/members`, member, { placeId: place('glauchau') });
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'body.placeId' })]);
    const neither = await send('POST', `/api/networks/${network.id}/members`, member, {});
    expect(neither.status).toBe(400);
    expect(neither.body.errors[0].field).toBe('body.placeId');
    const leftBefore = await send('PATCH', `/api/networks/${network.id}/members/${added.body.id}`, member, { leftOn: '2001-01-01' });
    expect(leftBefore.status).toBe(400);
    expect(leftBefore.body.errors).toEqual([expect.objectContaining({ field: 'body.leftOn' })]);
    const changed = await send('PATCH', `/api/networks/${network.id}/members/${added.body.id}`, member, { contactPersonId: null });
    expect(changed.body.contactPerson).toBeNull();
    const removed = await send('DELETE', `/api/networks/${network.id}/members/${added.body.id}`, member);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ outcome: 'removed', member: null });
    expect((await send('GET', `/api/networks/${network.id}`, member)).body.members).toEqual([]);
  });

  it('names the host of a meeting in its history by the member\'s town, linked to the network, for readers of the network only', async () => {
    const { network, member, outsider } = await createNetwork();
    const host = (await send('POST', `/api/networks/${network.id}/members`, member, { placeId: place('chemnitz') })).body;
    const meeting = await hostedMeeting(member, network, host, '2024-06-12', 'Sommertreffen');
    const history = await send('GET', `/api/exchanges/${meeting.id}/history`, member);
    const references = (history.body.items as { references: { id: string }[] }[])[0]!.references;
    expect(references.find((reference) => reference.id === host.id)).toMatchObject({ recordType: 'network_member', path: `/networks/${network.id}`, title: expect.objectContaining({ de: 'Chemnitz' }) });
    expect((await send('GET', `/api/exchanges/${meeting.id}/history`, outsider)).status).toBe(404);
  });

  it('keeps a member that hosted a meeting as a former member', async () => {
    const { network, member } = await createNetwork();
    const host = (await send('POST', `/api/networks/${network.id}/members`, member, { placeId: place('chemnitz') })).body;
    const meeting = await hostedMeeting(member, network, host, '2024-03-14', 'Frühjahrstreffen');
    const removed = await send('DELETE', `/api/networks/${network.id}/members/${host.id}`, member);
    expect(removed.body).toMatchObject({ outcome: 'left', member: { id: host.id, hasHosted: true, leftOn: expect.any(String) } });
    const after = (await send('GET', `/api/networks/${network.id}`, member)).body;
    expect(after.memberCount).toBe(0);
    expect(after.members).toHaveLength(1);
    expect((await send('GET', `/api/exchanges/${meeting.id}`, member)).body.hostNetworkMember).toMatchObject({ id: host.id });
  });

  it('keeps the meetings a removed host held, with the host named, and records what changed in the network’s history', async () => {
    const { network, member, coordinator } = await createNetwork();
    const host = (await send('POST', `/api/networks/${network.id}/members`, member, { placeId: place('zwickau'), joinedOn: '2015-01-01' })).body;
    const meetings = [];
    for (const [day, title] of [['2024-03-14', 'Frühjahrstreffen'], ['2024-09-12', 'Herbsttreffen']] as const) {
      meetings.push((await hostedMeeting(member, network, host, day, title)).id);
    }
    // Hosting is what the question before removing speaks of: the member answers that it hosted.
    expect((await send('GET', `/api/networks/${network.id}`, member)).body.members).toEqual([expect.objectContaining({ id: host.id, hasHosted: true, leftOn: null })]);

    const removed = await send('DELETE', `/api/networks/${network.id}/members/${host.id}`, coordinator);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ outcome: 'left', member: { id: host.id, joinedOn: '2015-01-01', leftOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });

    const listed = await send('GET', `/api/exchanges?networkId=${network.id}&limit=10`, member);
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual([...meetings].sort());
    for (const id of meetings) {
      const detail = (await send('GET', `/api/exchanges/${id}`, member)).body;
      expect(detail.hostNetworkMember).toMatchObject({ id: host.id, place: { id: place('zwickau'), name: 'Zwickau' } });
    }
    // The network's history says the member left, with the town named; nothing was deleted.
    const history = (await send('GET', `/api/networks/${network.id}/history`, member)).body.items;
    expect(history[0]).toMatchObject({ action: 'update', before: { member: { leftOn: null } }, after: { member: { leftOn: removed.body.member.leftOn } } });
    expect(history[0].references.map((reference: { id: string }) => reference.id)).toContain(place('zwickau'));
    expect(history.some((event: { action: string; after: { member: unknown } | null }) => event.action === 'update' && event.after?.member === null)).toBe(false);

    // Removed again, it stays a former member with the same leaving date.
    const again = await send('DELETE', `/api/networks/${network.id}/members/${host.id}`, coordinator);
    expect(again.body).toMatchObject({ outcome: 'left', member: { leftOn: removed.body.member.leftOn } });
  });
});
