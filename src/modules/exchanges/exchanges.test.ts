import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { useTestApp } from '../../../test/support/test-app.js';

const WORKSHOP = demoId('exchange:munich-workshop-2023');
/** Dated from the day the demo is written. */
const UPCOMING = ['lag-sachsen-next', 'lag-sachsen-after-next', 'connective-cities-follow-up'].map((key) => demoId(`exchange:${key}`));

describe('exchanges API', () => {
  const testApp = useTestApp();
  const get = (url: string) => testApp.current.app.inject({ method: 'GET', url });
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

  it('lists exchanges newest first by default', async () => {
    const page = (await get('/api/exchanges')).json();
    // The demo's exchanges still ahead come first, then the newest of the seed stories.
    expect(page.items.slice(0, 3).map((item: { id: string }) => item.id).sort()).toEqual([...UPCOMING].sort());
    expect(page.items[3].id).toBe(WORKSHOP);
    const starts = page.items.map((item: { startDate: string }) => item.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('gives the visit programme of a partnership in date order, as parts of its series', async () => {
    const page = (await get(`/api/exchanges?partnershipId=${demoId('partnership:gruenau-darnytskyi')}&order=oldest`)).json();
    expect(page.items.map((item: { kind: string }) => item.kind)).toEqual(['delegation_visit', 'return_visit', 'delegation_visit']);
    expect(page.items.map((item: { series: { part: number; plannedParts: number } }) => item.series)).toEqual([
      expect.objectContaining({ part: 1, plannedParts: 3 }),
      expect.objectContaining({ part: 2, plannedParts: 3 }),
      expect.objectContaining({ part: 3, plannedParts: 3 }),
    ]);
    expect(page.items[1]).toMatchObject({ timeZone: 'Europe/Kyiv', venue: { names: { en: 'Darnytskyi District' } } });
  });

  it('filters by kind, network and date range', async () => {
    const meetings = (await get(`/api/exchanges?networkId=${demoId('network:lag-sachsen')}&order=oldest&to=2018-12-31`)).json();
    expect(meetings.items.map((item: { startDate: string }) => item.startDate)).toEqual([
      '2017-01-26',
      '2017-04-27',
      '2017-07-13',
      '2017-10-23',
      '2018-01-25',
      '2018-04-26',
      '2018-07-12',
      '2018-10-18',
    ]);
    const workshops = (await get('/api/exchanges?kind=workshop')).json();
    expect(ids(workshops)).toEqual([WORKSHOP]);
    const in2018 = (await get('/api/exchanges?from=2018-01-01&to=2018-12-31')).json();
    expect(in2018.items).toHaveLength(7);
    const trips = (await get('/api/exchanges?kind=peer_learning_trip')).json();
    expect(trips.items.map((item: { startDate: string; endDate: string }) => [item.startDate, item.endDate])).toEqual([['2015-09-18', '2015-09-21']]);
  });

  it('pages with the cursor in both directions without repeats', async () => {
    for (const order of ['newest', 'oldest']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/exchanges?order=${order}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await get(query)).json();
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(17);
      expect(new Set(seen).size).toBe(17);
    }
  });

  it('shows the Munich workshop with its organizations and delegations', async () => {
    const workshop = (await get(`/api/exchanges/${WORKSHOP}`)).json();
    expect(workshop).toMatchObject({ kind: 'workshop', startDate: '2023-11-28', endDate: '2023-11-29', reportedParticipants: 36 });
    expect(workshop.organizations.map((entry: { role: string }) => entry.role).sort()).toEqual(['host', 'implementer', 'organizer']);
    expect(workshop.delegations).toHaveLength(17);
    const total = workshop.delegations.reduce((sum: number, delegation: { size: number }) => sum + delegation.size, 0);
    expect(total).toBe(36);
    const countries = new Set(
      workshop.delegations
        .filter((delegation: { fromPlace: unknown }) => delegation.fromPlace)
        .map((delegation: { fromPlace: { countryCode: string } }) => delegation.fromPlace.countryCode),
    );
    expect([...countries].sort()).toEqual(['DE', 'UA', 'XK']);
    const utilities = workshop.delegations.filter((delegation: { fromOrganization: { kind: string } | null }) => delegation.fromOrganization?.kind === 'utility');
    expect(utilities).toHaveLength(2);
  });

  it('shows the 2015 peer-learning trip with its stops, roles and delegations from four countries', async () => {
    const trip = (await get(`/api/exchanges/${demoId('exchange:peer-learning-trip-2015')}`)).json();
    expect(trip.stops.map((stop: { place: { names: { en: string } }; startDate: string }) => [stop.place.names.en, stop.startDate])).toEqual([
      ['Leipzig', '2015-09-18'],
      ['Nuremberg', '2015-09-19'],
      ['Munich', '2015-09-20'],
    ]);
    expect(trip.organizations.map((entry: { role: string; organization: { shortName: string } }) => `${entry.role}:${entry.organization.shortName}`).sort()).toEqual([
      'client:GIZ',
      'host:BMUB',
      'implementer:GIZ',
      'support:bgh',
    ]);
    expect(trip.delegations.map((delegation: { fromPlace: { countryCode: string } }) => delegation.fromPlace.countryCode).sort()).toEqual(['IN', 'UA', 'US', 'ZA']);
    expect(trip.series).toMatchObject({ part: 2, plannedParts: 2 });
  });

  it('shows the agenda of the December 2018 working visit and the attendance of the Munich workshop', async () => {
    const visit = (await get(`/api/exchanges/${demoId('exchange:gruenau-visit-2018-12')}`)).json();
    const groupSessions = visit.agenda.filter((session: { kind: string }) => session.kind === 'project_group');
    expect(groupSessions).toHaveLength(4);
    expect(groupSessions.every((session: { day: string; projectGroupId: string | null }) => session.day === '2018-12-04' && session.projectGroupId)).toBe(true);
    expect(visit.agenda[0]).toMatchObject({ day: '2018-12-03', startsAt: '10:00', startsAtUtc: '2018-12-03T09:00:00.000Z' });
    expect(visit.outcomes.map((outcome: { kind: string }) => outcome.kind)).toEqual(['decision', 'idea', 'task']);
    const workshop = (await get(`/api/exchanges/${WORKSHOP}`)).json();
    expect(workshop.participation).toMatchObject({ capacity: 45, counted: 36, attended: 36, free: 9 });
  });

  it('rejects a malformed date filter, naming it', async () => {
    const response = await get('/api/exchanges?from=28.11.2023');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.from');
  });
});
