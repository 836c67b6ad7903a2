import { describe, expect, it } from 'vitest';
import { networkMembers, networks } from '../networks/networks.tables.js';
import { demoId } from '../../demo/demo-id.js';
import { requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { addMonths } from './network-meetings.service.js';

const TOWNS = ['leipzig', 'chemnitz', 'dresden', 'zwickau'] as const;

describe('network meetings: rotating host and a year of meetings', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  /** A quarterly network of four towns in a new workspace. */
  async function setUp(cadence: 'quarterly' | 'irregular' = 'quarterly') {
    const { database } = testApp.current;
    const cast = await workspaceWithRoles(database.db);
    const [network] = await database.db
      .insert(networks)
      .values({ workspaceId: cast.workspace.id, visibility: 'workspace', name: { de: 'Netzwerk Quartiersarbeit' }, cadence, createdBy: cast.coordinator.id })
      .returning();
    const members = await database.db
      .insert(networkMembers)
      .values(TOWNS.map((town) => ({ networkId: network!.id, placeId: demoId(`place:${town}`) })))
      .returning();
    const memberOf = Object.fromEntries(TOWNS.map((town) => [town, members.find((member) => member.placeId === demoId(`place:${town}`))!.id])) as Record<(typeof TOWNS)[number], string>;
    return { ...cast, networkId: network!.id, memberOf };
  }

  const meeting = (networkId: string, workspaceId: string, date: string, host: string, status = 'completed') => ({
    workspaceId,
    kind: 'network_meeting',
    title: { de: `Treffen ${date}` },
    startDate: date,
    endDate: date,
    networkId,
    hostNetworkMemberId: host,
    status,
  });

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2031-01-31', 1)).toBe('2031-02-28');
    expect(addMonths('2031-11-15', 3)).toBe('2032-02-15');
    expect(addMonths('2032-02-29', 12)).toBe('2033-02-28');
  });

  it('proposes who never hosted first, then who hosted longest ago, skipping members unavailable on the date', async () => {
    const { coordinator, workspace, networkId, memberOf } = await setUp();
    for (const [date, town] of [
      ['2031-01-20', 'leipzig'],
      ['2031-04-20', 'chemnitz'],
      ['2031-07-20', 'dresden'],
    ] as const) {
      expect((await send('POST', '/api/exchanges', coordinator, meeting(networkId, workspace.id, date, memberOf[town]))).status).toBe(201);
    }
    const rotation = await send('GET', `/api/networks/${networkId}/rotation?date=2031-10-20`, coordinator);
    expect(rotation.status).toBe(200);
    expect(rotation.body.proposal).toBe(memberOf.zwickau);
    expect(rotation.body.members.map((entry: { member: { id: string }; lastHostedOn: string | null }) => [entry.member.id, entry.lastHostedOn])).toEqual([
      [memberOf.zwickau, null],
      [memberOf.leipzig, '2031-01-20'],
      [memberOf.chemnitz, '2031-04-20'],
      [memberOf.dresden, '2031-07-20'],
    ]);

    const away = await send('POST', `/api/networks/${networkId}/members/${memberOf.zwickau}/unavailability`, coordinator, { from: '2031-10-01', to: '2031-12-31', note: 'Rathaus wird saniert' });
    expect(away.status).toBe(201);
    const skipping = await send('GET', `/api/networks/${networkId}/rotation?date=2031-10-20`, coordinator);
    expect(skipping.body.proposal).toBe(memberOf.leipzig);
    expect(skipping.body.members[0]).toMatchObject({ member: { id: memberOf.zwickau }, unavailable: true });
    expect((await send('GET', `/api/networks/${networkId}/rotation?date=2032-01-15`, coordinator)).body.proposal).toBe(memberOf.zwickau);

    const bad = await send('POST', `/api/networks/${networkId}/members/${memberOf.zwickau}/unavailability`, coordinator, { from: '2031-10-01', to: '2031-09-01' });
    expect(bad.body.errors).toEqual([{ field: 'body.to', code: 'end_before_start', message: 'must not be before the start of the period' }]);
    const detail = await send('GET', `/api/networks/${networkId}`, coordinator);
    const zwickau = detail.body.members.find((member: { id: string }) => member.id === memberOf.zwickau);
    expect(zwickau.unavailability).toEqual([{ id: away.body.id, from: '2031-10-01', to: '2031-12-31', note: 'Rathaus wird saniert' }]);
    expect((await send('DELETE', `/api/networks/${networkId}/members/${memberOf.zwickau}/unavailability/${away.body.id}`, coordinator)).status).toBe(204);
  });

  it('plans a year of quarterly meetings as planned network meetings, rotating the host and skipping dates taken', async () => {
    const { coordinator, member, workspace, networkId, memberOf } = await setUp();
    await send('POST', '/api/exchanges', coordinator, meeting(networkId, workspace.id, '2031-01-20', memberOf.leipzig));
    await send('POST', '/api/exchanges', coordinator, meeting(networkId, workspace.id, '2032-07-15', memberOf.dresden, 'planned'));
    await send('POST', `/api/networks/${networkId}/members/${memberOf.chemnitz}/unavailability`, coordinator, { from: '2032-01-01', to: '2032-03-31' });

    const planned = await send('POST', `/api/networks/${networkId}/meetings`, coordinator, { from: '2032-01-15' });
    expect(planned.status).toBe(201);
    expect(planned.body.skipped).toEqual(['2032-07-15']);
    const items = planned.body.items as { kind: string; status: string; startDate: string; venue: { id: string }; title: Record<string, string> }[];
    expect(items.map((item) => item.startDate)).toEqual(['2032-01-15', '2032-04-15', '2032-10-15']);
    expect(items.every((item) => item.kind === 'network_meeting' && item.status === 'planned')).toBe(true);
    // January: Chemnitz is away, Zwickau never hosted; April: Chemnitz, never hosted; October: Leipzig hosted longest ago.
    expect(items.map((item) => item.venue.id)).toEqual([demoId('place:zwickau'), demoId('place:chemnitz'), demoId('place:leipzig')]);
    expect(items[0]!.title).toMatchObject({ de: 'Netzwerktreffen in Zwickau', en: 'Network meeting in Zwickau' });

    const again = await send('POST', `/api/networks/${networkId}/meetings`, coordinator, { from: '2032-01-15', until: '2032-04-15' });
    expect(again.body).toEqual({ items: [], skipped: ['2032-01-15', '2032-04-15'] });
    expect((await send('POST', `/api/networks/${networkId}/meetings`, member, { from: '2033-01-15' })).status).toBe(403);
    expect((await send('POST', `/api/networks/${networkId}/meetings`, coordinator, { from: '2033-01-15', until: '2032-01-01' })).body.errors[0].field).toBe('body.until');
  });

  it('refuses to plan meetings of a network that meets irregularly, and hosts from another network', async () => {
    const { coordinator, workspace, networkId } = await setUp('irregular');
    const refused = await send('POST', `/api/networks/${networkId}/meetings`, coordinator, { from: '2032-01-15' });
    expect(refused.status).toBe(409);
    const other = await setUp();
    const wrongHost = await send('POST', '/api/exchanges', coordinator, meeting(networkId, workspace.id, '2031-02-02', other.memberOf.leipzig));
    expect(wrongHost.body.errors).toEqual([{ field: 'body.hostNetworkMemberId', code: 'unknown_reference', message: 'is not a member of the meeting’s network' }]);
  });
});
