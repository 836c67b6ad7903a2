import { describe, expect, it } from 'vitest';
import { createExchange, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import type { TestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

interface Entry {
  kind: string;
  id: string;
  date: string;
  roles: string[];
  path: string;
}

describe('involvement of organisations, people and places', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  async function organization(user: TestUser, workspaceId: string, name: string, kind: string) {
    const created = await send('POST', '/api/organizations', user, { workspaceId, kind, name, visibility: 'public', seatPlaceId: demoId('place:leipzig') });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** The German title and the first and last day of an exchange or a project. */
  const titled = (title: string, [startDate, endDate]: [string, string]) => ({ title: { de: title }, startDate, endDate });

  /** The organisation in each of the roles, as an exchange's organisations or a project's partners list it. */
  const inRoles = (organizationId: string, ...roles: string[]) => roles.map((role) => ({ organizationId, role }));

  /** Every entry of the involvement, page by page. */
  async function allPages(url: string, user: TestUser | null, limit: number) {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response = await send('GET', `${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, user);
      expect(response.status).toBe(200);
      entries.push(...response.body.items);
      cursor = response.body.nextCursor;
      if (!cursor) break;
    }
    return entries;
  }

  it('lists a congress and a trip with every role of the ministry, the agency and the consultancy, newest first, by year and page', async () => {
    const { workspace, coordinator, outsider } = await workspaceWithRoles(testApp.current.database.db, 'Internationale Stadtentwicklung');
    const ministry = await organization(coordinator, workspace.id, 'Bundesministerium für Stadtentwicklung', 'ministry');
    const agency = await organization(coordinator, workspace.id, 'Agentur für internationale Zusammenarbeit', 'federal_agency');
    const consultancy = await organization(coordinator, workspace.id, 'bgh Stadtplanung und Beratung', 'consultancy');

    const { id: congress } = await createExchange(testApp.current.app, coordinator, workspace.id, {
      kind: 'conference',
      ...titled('Bundeskongress 2015', ['2015-09-16', '2015-09-18']),
      visibility: 'public',
      venuePlaceId: demoId('place:leipzig'),
      organizations: inRoles(ministry, 'host', 'client'),
    });
    const { id: trip } = await createExchange(testApp.current.app, coordinator, workspace.id, {
      kind: 'peer_learning_trip',
      ...titled('Lernreise Soziale Stadt', ['2015-09-18', '2015-09-21']),
      visibility: 'workspace',
      organizations: [...inRoles(ministry, 'host'), ...inRoles(agency, 'implementer', 'client'), ...inRoles(consultancy, 'preparation', 'execution', 'follow_up')],
    });
    const { id: followUp } = await createExchange(testApp.current.app, coordinator, workspace.id, {
      kind: 'online_session',
      ...titled('Nachtreffen', ['2016-02-10', '2016-02-10']),
      visibility: 'public',
      organizations: inRoles(consultancy, 'process_support'),
    });
    const project = await send('POST', '/api/projects', coordinator, {
      workspaceId: workspace.id,
      visibility: 'public',
      ...titled('Begleitung der Lernreisen', ['2015-06-01', '2016-12-31']),
      carrierOrganizationId: agency,
      partners: inRoles(consultancy, 'process_support', 'follow_up'),
    });
    expect(project.status).toBe(201);
    const twice = await send('POST', '/api/projects', coordinator, {
      workspaceId: workspace.id,
      title: { de: 'Doppelt genannt' },
      partners: inRoles(consultancy, 'follow_up', 'follow_up'),
    });
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'body.partners.1.role', code: 'listed_twice' })]);

    const ofConsultancy = await send('GET', `/api/organizations/${consultancy}/involvement`, coordinator);
    expect(ofConsultancy.status).toBe(200);
    expect(ofConsultancy.body.counts).toEqual(expect.arrayContaining([{ kind: 'exchange', count: 2 }, { kind: 'project', count: 1 }]));
    expect(ofConsultancy.body.items.map((entry: Entry) => [entry.kind, entry.date, entry.roles])).toEqual([
      ['exchange', '2016-02-10', ['process_support']],
      ['exchange', '2015-09-18', ['execution', 'follow_up', 'preparation']],
      ['project', '2015-06-01', ['follow_up', 'process_support']],
    ]);
    expect(ofConsultancy.body.items[1]).toMatchObject({ id: trip, path: `/exchanges/${trip}`, subkind: 'peer_learning_trip', title: { de: 'Lernreise Soziale Stadt' } });

    const ofAgency = (await send('GET', `/api/organizations/${agency}/involvement`, coordinator)).body;
    expect(ofAgency.items.map((entry: Entry) => [entry.kind, entry.roles])).toEqual([
      ['exchange', ['client', 'implementer']],
      ['project', ['carrier']],
    ]);

    const ministryPages = await allPages(`/api/organizations/${ministry}/involvement`, coordinator, 1);
    expect(ministryPages.map((entry) => [entry.id, entry.roles])).toEqual([
      [trip, ['host']],
      [congress, ['client', 'host']],
    ]);

    const in2016 = (await send('GET', `/api/organizations/${consultancy}/involvement?year=2016`, coordinator)).body;
    expect(in2016.items.map((entry: Entry) => entry.id)).toEqual([followUp, project.body.id]);
    expect(in2016.counts).toEqual(expect.arrayContaining([{ kind: 'exchange', count: 1 }, { kind: 'project', count: 1 }]));
    const onlyProjects = (await send('GET', `/api/organizations/${consultancy}/involvement?kind=project`, coordinator)).body;
    expect(onlyProjects.items.map((entry: Entry) => entry.kind)).toEqual(['project']);

    // The trip is a workspace record: a visitor and someone from elsewhere see the public ones only.
    for (const viewer of [null, outsider]) {
      const seen = await allPages(`/api/organizations/${consultancy}/involvement`, viewer, 2);
      expect(seen.map((entry) => entry.id)).toEqual([followUp, project.body.id]);
    }

    const leipzig = await allPages(`/api/places/${demoId('place:leipzig')}/involvement?kind=exchange&year=2015`, coordinator, 10);
    expect(leipzig.find((entry) => entry.id === congress)?.roles).toEqual(['venue']);
  });

  it('never shows a private exchange of another workspace, and answers 404 and 400 plainly', async () => {
    const { workspace, coordinator } = await workspaceWithRoles(testApp.current.database.db, 'Stadt A');
    const other = await workspaceWithRoles(testApp.current.database.db, 'Stadt B');
    const shared = await organization(coordinator, workspace.id, 'Kommunaler Spitzenverband', 'municipal_association');
    await createExchange(testApp.current.app, other.coordinator, other.workspace.id, {
      ...titled('Interne Vorbesprechung', ['2024-05-02', '2024-05-02']),
      visibility: 'private',
      organizations: inRoles(shared, 'co_host'),
    });
    const own = await send('GET', `/api/organizations/${shared}/involvement`, other.coordinator);
    expect(own.body.items).toHaveLength(1);
    for (const viewer of [coordinator, other.member, null]) {
      const seen = await send('GET', `/api/organizations/${shared}/involvement`, viewer);
      expect(seen.status).toBe(200);
      expect(seen.body.items).toEqual([]);
      expect(seen.body.counts.every((entry: { count: number }) => entry.count === 0)).toBe(true);
    }

    const person = await send('GET', `/api/people/${demoId('person:none')}/involvement`, coordinator);
    expect(person.status).toBe(404);
    const badYear = await send('GET', `/api/organizations/${shared}/involvement?year=zwanzig`, coordinator);
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors.map((issue: { field: string }) => issue.field)).toEqual(['query.year']);
    const badCursor = await send('GET', `/api/organizations/${shared}/involvement?cursor=xyz`, coordinator);
    expect(badCursor.body.errors.map((issue: { field: string }) => issue.field)).toEqual(['query.cursor']);
  });

  it('pages through every kind of record exactly as counted, for the demo’s organisations, people and places', async () => {
    const { coordinator } = await workspaceWithRoles(testApp.current.database.db);
    const actors = [
      `/api/organizations/${demoId('organization:giz')}`,
      `/api/organizations/${demoId('organization:leipzig-renewal')}`,
      `/api/organizations/${demoId('organization:darnytskyi-administration')}`,
      `/api/people/${demoId('person:volgmann')}`,
      `/api/people/${demoId('person:heerdegen')}`,
      `/api/places/${demoId('place:leipzig')}`,
      `/api/places/${demoId('place:gruenau')}`,
    ];
    let seen = 0;
    for (const actor of actors) {
      const { counts } = (await send('GET', `${actor}/involvement`, coordinator)).body as { counts: { kind: string; count: number }[] };
      for (const { kind, count } of counts) {
        const entries = await allPages(`${actor}/involvement?kind=${kind}`, coordinator, 3);
        expect(entries.length, `${actor} ${kind}`).toBe(count);
        expect(new Set(entries.map((entry) => entry.id)).size).toBe(count);
        expect(entries.every((entry) => entry.kind === kind && entry.roles.length > 0 && entry.path.startsWith('/'))).toBe(true);
        seen += count;
      }
      const together = await allPages(`${actor}/involvement`, coordinator, 4);
      expect(together.length).toBe(counts.reduce((sum, entry) => sum + entry.count, 0));
      expect(together.map((entry) => entry.date)).toEqual(together.map((entry) => entry.date).sort().reverse());
    }
    expect(seen).toBeGreaterThan(10);
  });
});
