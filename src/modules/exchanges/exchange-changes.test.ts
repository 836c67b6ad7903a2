import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';

const LEIPZIG = demoId('place:leipzig');
const MUNICH = demoId('place:munich');
const GRUENAU = demoId('partnership:gruenau-darnytskyi');
const GIZ = demoId('organization:giz');
const UNKNOWN = '00000000-0000-4000-8000-00000000dead';

describe('planning exchanges', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  it('creates a peer-learning trip with stops, organizations in roles and themes, and records it in the history', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const themes = await send('GET', '/api/themes?limit=3', coordinator);
    const themeIds = themes.body.items.map((theme: { id: string }) => theme.id).slice(0, 2);
    const created = await send('POST', '/api/exchanges', coordinator, {
      workspaceId: workspace.id,
      kind: 'peer_learning_trip',
      title: { de: 'Lernreise Soziale Stadt', en: 'Peer-learning trip: the Social City' },
      startDate: '2031-09-18',
      endDate: '2031-09-21',
      timeZone: 'Europe/Berlin',
      capacity: 20,
      themeIds,
      organizations: [{ organizationId: GIZ, role: 'implementer' }],
      stops: [
        { placeId: LEIPZIG, startDate: '2031-09-18', endDate: '2031-09-19', siteVisits: [{ de: 'Leipziger Osten', en: 'Leipzig East' }] },
        { placeId: MUNICH, startDate: '2031-09-20', endDate: '2031-09-21' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'peer_learning_trip',
      status: 'planned',
      visibility: 'workspace',
      canEdit: true,
      capacity: 20,
      organizations: [{ role: 'implementer', organization: { id: GIZ } }],
      participation: { capacity: 20, counted: 0, free: 20 },
    });
    expect(created.body.themes.map((theme: { id: string }) => theme.id).sort()).toEqual([...themeIds].sort());
    expect(created.body.stops.map((stop: { place: { id: string }; siteVisits: unknown[] }) => [stop.place.id, stop.siteVisits.length])).toEqual([
      [LEIPZIG, 1],
      [MUNICH, 0],
    ]);
    const history = await send('GET', `/api/exchanges/${created.body.id}/history`, coordinator);
    expect(history.body.items[0]).toMatchObject({ action: 'create', entityType: 'exchange' });
  });

  it('refuses bad input in one 400 naming every field, writing nothing', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const before = await send('GET', `/api/exchanges?limit=100`, coordinator);
    const response = await send('POST', '/api/exchanges', coordinator, {
      workspaceId: workspace.id,
      kind: 'delegation_visit',
      title: { de: 'Kaputt' },
      startDate: '2031-05-10',
      endDate: '2031-05-08',
      timeZone: 'Europe/Atlantis',
      venuePlaceId: UNKNOWN,
      partnershipId: UNKNOWN,
      themeIds: [UNKNOWN],
      organizations: [{ organizationId: UNKNOWN, role: 'host' }],
      stops: [{ placeId: LEIPZIG, startDate: '2031-06-01', endDate: '2031-05-31' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((issue: { field: string }) => issue.field).sort()).toEqual(
      [
        'body.endDate',
        'body.timeZone',
        'body.venuePlaceId',
        'body.partnershipId',
        'body.themeIds.0',
        'body.organizations.0.organizationId',
        'body.stops.0.startDate',
        'body.stops.0.endDate',
      ].sort(),
    );
    expect(response.body.errors.find((issue: { field: string }) => issue.field === 'body.endDate').message).toBe('must not be before the start date');
    const after = await send('GET', `/api/exchanges?limit=100`, coordinator);
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('lets only the creator, coordinators and owners change or delete it', async () => {
    const { coordinator, member, guest, outsider, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, member, workspace.id, { visibility: 'workspace' });
    const other = await workspaceWithRoles(testApp.current.database.db);
    expect((await send('PATCH', `/api/exchanges/${exchange.id}`, guest, { status: 'confirmed' })).status).toBe(403);
    expect((await send('PATCH', `/api/exchanges/${exchange.id}`, outsider, { status: 'confirmed' })).status).toBe(404);
    expect((await send('PATCH', `/api/exchanges/${exchange.id}`, other.member, { status: 'confirmed' })).status).toBe(404);
    expect((await send('PATCH', `/api/exchanges/${exchange.id}`, member, { status: 'confirmed' })).body.status).toBe('confirmed');
    expect((await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { endDate: '2030-03-03' })).body.errors[0]).toEqual({
      field: 'body.endDate',
      code: 'end_before_start',
      message: 'must not be before the start date',
    });
    const tooLong = await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { endDate: '2031-03-06' });
    expect(tooLong.body.errors[0]).toEqual({
      field: 'body.endDate',
      code: 'exchange_too_long',
      params: { max: 366 },
      message: 'must be at most 366 days after the start; plan a longer programme as a series of exchanges',
    });
    expect((await send('DELETE', `/api/exchanges/${exchange.id}`, coordinator)).status).toBe(204);
    expect((await send('GET', `/api/exchanges/${exchange.id}`, coordinator)).status).toBe(404);
  });

  it('keeps a multilingual agenda inside the exchange’s days, with times in its time zone', async () => {
    const { app, database } = testApp.current;
    const { coordinator, workspace } = await workspaceWithRoles(database.db);
    const [facilitator] = await createPeople(app, coordinator, workspace.id, [['Felix', 'Brandt']]);
    const exchange = await createExchange(app, coordinator, workspace.id, { timeZone: 'Europe/Kyiv', startDate: '2031-07-14', endDate: '2031-07-15' });
    const session = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, {
      day: '2031-07-14',
      startsAt: '09:30',
      endsAt: '11:00',
      kind: 'discussion',
      title: { de: 'Wohnungsbewirtschaftung', en: 'Housing management', uk: 'Управління житлом' },
      facilitatorPersonId: facilitator,
      room: 'Saal 2',
    });
    expect(session.status).toBe(201);
    // 09:30 in Kyiv in summer (UTC+3) is 06:30 UTC.
    expect(session.body).toMatchObject({ startsAt: '09:30', endsAt: '11:00', startsAtUtc: '2031-07-14T06:30:00.000Z', facilitator: { displayName: 'Felix Brandt' } });

    const bad = await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, {
      day: '2031-07-16',
      startsAt: '14:00',
      endsAt: '13:00',
      kind: 'talk',
      title: { en: 'Too late' },
      facilitatorPersonId: UNKNOWN,
      projectGroupId: UNKNOWN,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((issue: { field: string }) => issue.field)).toEqual(['body.day', 'body.endsAt', 'body.facilitatorPersonId', 'body.projectGroupId']);
    expect((await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, { day: '2031-07-14', kind: 'talk', title: { de: ' ' } })).body.errors[0].field).toBe('body.title');

    const moved = await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { startDate: '2031-07-15' });
    expect(moved.status).toBe(400);
    expect(moved.body.errors[0].field).toBe('body.startDate');

    const changed = await send('PATCH', `/api/exchanges/${exchange.id}/sessions/${session.body.id}`, coordinator, { endsAt: '12:00' });
    expect(changed.body.endsAt).toBe('12:00');
    const detail = await send('GET', `/api/exchanges/${exchange.id}`, null);
    expect(detail.status).toBe(404);
    const agenda = (await send('GET', `/api/exchanges/${exchange.id}`, coordinator)).body.agenda;
    expect(agenda).toHaveLength(1);
    expect((await send('DELETE', `/api/exchanges/${exchange.id}/sessions/${session.body.id}`, coordinator)).status).toBe(204);
    expect((await send('DELETE', `/api/exchanges/${exchange.id}/sessions/${session.body.id}`, coordinator)).status).toBe(404);
  });

  it('records decisions, ideas and tasks; a task needs its owner', async () => {
    const { app, database } = testApp.current;
    const { coordinator, workspace } = await workspaceWithRoles(database.db);
    const [owner] = await createPeople(app, coordinator, workspace.id, [['Oksana', 'Marchenko']]);
    const exchange = await createExchange(app, coordinator, workspace.id);
    const noOwner = await send('POST', `/api/exchanges/${exchange.id}/outcomes`, coordinator, { kind: 'task', text: { de: 'Aktionsplan entwerfen' } });
    expect(noOwner.body.errors).toEqual([{ field: 'body.ownerPersonId', code: 'required', message: 'is needed for a task: who takes care of it' }]);
    const task = await send('POST', `/api/exchanges/${exchange.id}/outcomes`, coordinator, {
      kind: 'task',
      text: { de: 'Aktionsplan entwerfen', uk: 'Підготувати план дій' },
      ownerPersonId: owner,
      dueOn: '2031-01-31',
    });
    expect(task.status).toBe(201);
    expect(task.body).toMatchObject({ kind: 'task', status: 'open', owner: { displayName: 'Oksana Marchenko' }, dueOn: '2031-01-31' });
    const done = await send('PATCH', `/api/exchanges/${exchange.id}/outcomes/${task.body.id}`, coordinator, { status: 'done' });
    expect(done.body.status).toBe('done');
    await send('POST', `/api/exchanges/${exchange.id}/outcomes`, coordinator, { kind: 'decision', text: { de: 'Jährliche Treffen' } });
    const detail = await send('GET', `/api/exchanges/${exchange.id}`, coordinator);
    expect(detail.body.outcomes.map((outcome: { kind: string }) => outcome.kind)).toEqual(['decision', 'task']);
  });

  it('adds delegations from a place or an organization, never both', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, coordinator, workspace.id);
    const both = await send('POST', `/api/exchanges/${exchange.id}/delegations`, coordinator, { fromPlaceId: LEIPZIG, fromOrganizationId: GIZ });
    expect(both.body.errors[0].field).toBe('body.fromPlaceId');
    const unknown = await send('POST', `/api/exchanges/${exchange.id}/delegations`, coordinator, { fromPlaceId: UNKNOWN });
    expect(unknown.body.errors).toEqual([{ field: 'body.fromPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' }]);
    const created = await send('POST', `/api/exchanges/${exchange.id}/delegations`, coordinator, { fromOrganizationId: GIZ, sectors: ['ministry', 'ministry'], size: 4 });
    expect(created.body).toMatchObject({ fromOrganization: { id: GIZ }, sectors: ['ministry'], size: 4 });
    const changed = await send('PATCH', `/api/exchanges/${exchange.id}/delegations/${created.body.id}`, coordinator, { size: 5 });
    expect(changed.body.size).toBe(5);
  });

  it('changes a delegation’s name, make-up and origin; one from an organization takes the country of its seat', async () => {
    const { coordinator, member, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const exchange = await createExchange(testApp.current.app, coordinator, workspace.id);
    const created = await send('POST', `/api/exchanges/${exchange.id}/delegations`, coordinator, { fromOrganizationId: GIZ, size: 4 });
    expect(created.body).toMatchObject({ name: {}, countryCode: 'DE', registrations: 0 });
    const renamed = await send('PATCH', `/api/exchanges/${exchange.id}/delegations/${created.body.id}`, coordinator, {
      name: { de: 'Delegation des Bezirksparlaments', uk: 'Делегація районної ради' },
      fromPlaceId: LEIPZIG,
      fromOrganizationId: null,
      sectors: ['parliament', 'administration'],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: { de: 'Delegation des Bezirksparlaments' }, fromPlace: { id: LEIPZIG }, fromOrganization: null, countryCode: 'DE', sectors: ['parliament', 'administration'] });
    const detail = await send('GET', `/api/exchanges/${exchange.id}`, coordinator);
    expect(detail.body.delegations[0]).toMatchObject({ name: { uk: 'Делегація районної ради' }, countryCode: 'DE' });

    const badName = await send('PATCH', `/api/exchanges/${exchange.id}/delegations/${created.body.id}`, coordinator, { name: 'Bezirk' });
    expect(badName.status).toBe(400);
    expect(badName.body.errors[0].field).toBe('body.name');
    const notTheirs = await send('PATCH', `/api/exchanges/${exchange.id}/delegations/${created.body.id}`, member, { size: 2 });
    expect(notTheirs.status).toBe(403);
  });

  it('links a visit to a partnership and filters the list by status, theme and venue', async () => {
    const { coordinator, workspace } = await workspaceWithRoles(testApp.current.database.db);
    const themes = await send('GET', '/api/themes?limit=1', coordinator);
    const themeId = themes.body.items[0].id;
    const visit = await createExchange(testApp.current.app, coordinator, workspace.id, {
      kind: 'delegation_visit',
      partnershipId: GRUENAU,
      venuePlaceId: LEIPZIG,
      status: 'confirmed',
      themeIds: [themeId],
    });
    const byTheme = await send('GET', `/api/exchanges?themeId=${themeId}&status=confirmed&venuePlaceId=${LEIPZIG}`, coordinator);
    expect(byTheme.body.items.map((item: { id: string }) => item.id)).toEqual([visit.id]);
    const timeline = await send('GET', `/api/partnerships/${GRUENAU}/timeline?type=exchange&order=newest&limit=1`, coordinator);
    expect(timeline.body.items[0]).toMatchObject({ type: 'exchange', id: visit.id, kind: 'delegation_visit', path: `/exchanges/${visit.id}` });
  });

  it('gives dashboard figures: exchanges per year, participants by country, themes', async () => {
    const stats = await send('GET', '/api/exchanges/statistics?from=2015&to=2023', null);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ from: 2015, to: 2023 });
    const years = new Set(stats.body.exchangesPerYear.map((row: { year: number }) => row.year));
    expect([...years]).toEqual(expect.arrayContaining([2015, 2017, 2018, 2023]));
    const countries = new Map(stats.body.participantsByCountry.map((row: { countryCode: string; count: number }) => [row.countryCode, row.count]));
    expect(countries.get('UA')).toBeGreaterThan(0);
    expect(countries.get('XK')).toBeGreaterThan(0);
    expect(stats.body.totals.exchanges).toBe(stats.body.exchangesPerYear.reduce((sum: number, row: { count: number }) => sum + row.count, 0));
    expect((await send('GET', '/api/exchanges/statistics?from=abc', null)).body.errors[0].field).toBe('query.from');
  });
});
