import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { lastMailTo, tokenFromLink } from '../../../test/support/test-mail.js';

const KYIV = demoId('place:kyiv');
const MUNICH = demoId('place:munich');

describe('registrations: capacity, waitlist, invitations and check-in', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  /** A workshop with a capacity of two and a delegation from Kyiv. */
  async function setUp(capacity: number | null = 2, peopleCount = 3) {
    const { app, database } = testApp.current;
    const cast = await workspaceWithRoles(database.db);
    const exchange = await createExchange(app, cast.coordinator, cast.workspace.id, { capacity, venuePlaceId: MUNICH, visibility: 'public' });
    const delegation = await send('POST', `/api/exchanges/${exchange.id}/delegations`, cast.coordinator, { fromPlaceId: KYIV, sectors: ['administration'], size: 3 });
    expect(delegation.status).toBe(201);
    const names: [string, string][] = [
      ['Olena', 'Kovalenko'],
      ['Taras', 'Melnyk'],
      ['Iryna', 'Bondarenko'],
      ['Mykola', 'Shevchuk'],
      ['Halyna', 'Tkachenko'],
      ['Andrii', 'Lysenko'],
    ];
    const people = await createPeople(app, cast.coordinator, cast.workspace.id, names.slice(0, peopleCount));
    return { ...cast, exchange, delegationId: delegation.body.id as string, people };
  }

  const states = (items: { state: string }[]) => items.map((item) => item.state);
  /** An exported list as a spreadsheet reads it: semicolons, the BOM taken off, headers as written. */
  const spreadsheet = (text: string) => {
    const [columns = [], ...lines] = parse(text, { delimiter: ';', bom: true }) as string[][];
    return { columns, rows: lines.map((line) => ({ values: Object.fromEntries(columns.map((column, index) => [column, line[index] ?? ''])) })) };
  };

  it('registers a delegation of three into two places: the third waits, with the delegation’s country', async () => {
    const { coordinator, exchange, delegationId, people } = await setUp();
    const registered = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people, delegationId });
    expect(registered.status).toBe(201);
    expect(registered.body.created).toBe(3);
    expect(states(registered.body.items)).toEqual(['registered', 'registered', 'waitlisted']);
    expect(registered.body.items.map((item: { person: { id: string } }) => item.person.id)).toEqual(people);
    expect(registered.body.items[0]).toMatchObject({ delegationId, countryCode: 'UA', person: { displayName: 'Olena Kovalenko' } });

    const detail = await send('GET', `/api/exchanges/${exchange.id}`, null);
    expect(detail.body.participation).toMatchObject({ capacity: 2, counted: 2, free: 0, waitlisted: 1 });
  });

  it('counts the registrations of a delegation; moving one and removing the delegation keeps everyone registered', async () => {
    const { coordinator, exchange, delegationId, people } = await setUp(null);
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people, delegationId });
    const second = await send('POST', `/api/exchanges/${exchange.id}/delegations`, coordinator, { name: { de: 'Stadtwerke' }, fromPlaceId: MUNICH });
    const before = await send('GET', `/api/exchanges/${exchange.id}`, coordinator);
    expect(before.body.delegations.find((delegation: { id: string }) => delegation.id === delegationId).registrations).toBe(3);

    const list = await send('GET', `/api/exchanges/${exchange.id}/registrations`, coordinator);
    const moved = await send('PATCH', `/api/exchanges/${exchange.id}/registrations/${list.body.items[0].id}`, coordinator, { delegationId: second.body.id });
    expect(moved.body).toMatchObject({ delegationId: second.body.id, state: 'registered' });
    const counted = await send('GET', `/api/exchanges/${exchange.id}`, coordinator);
    const registrationsOf = (id: string) => counted.body.delegations.find((delegation: { id: string }) => delegation.id === id).registrations;
    expect([registrationsOf(delegationId), registrationsOf(second.body.id)]).toEqual([2, 1]);
    const anonymous = await send('GET', `/api/exchanges/${exchange.id}`, null);
    expect(anonymous.body.delegations.map((delegation: { registrations: number | null }) => delegation.registrations)).toEqual([null, null]);

    const removed = await send('DELETE', `/api/exchanges/${exchange.id}/delegations/${delegationId}`, coordinator);
    expect(removed.status).toBe(204);
    const after = await send('GET', `/api/exchanges/${exchange.id}/registrations`, coordinator);
    expect(after.body.items.map((item: { delegationId: string | null; state: string }) => [item.delegationId, item.state])).toEqual([
      [second.body.id, 'registered'],
      [null, 'registered'],
      [null, 'registered'],
    ]);
  });

  it('answers a repeated registration with the existing one (200), changing nothing', async () => {
    const { coordinator, exchange, people } = await setUp();
    const first = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: [people[0]] });
    expect(first.status).toBe(201);
    const again = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: [people[0]], note: 'zweimal' });
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(0);
    expect(again.body.items[0]).toEqual(first.body.items[0]);
    const list = await send('GET', `/api/exchanges/${exchange.id}/registrations`, coordinator);
    expect(list.body.items).toHaveLength(1);
  });

  it('gives a cancelled place to the longest waiting person in the same change, and a cancelled person re-registers at the end of the queue', async () => {
    const { coordinator, exchange, people } = await setUp(2, 4);
    const { body } = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people });
    expect(states(body.items)).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);

    const cancelled = await send('PATCH', `/api/exchanges/${exchange.id}/registrations/${body.items[0].id}`, coordinator, { state: 'cancelled' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelledAt: expect.any(String) });
    const list = await send('GET', `/api/exchanges/${exchange.id}/registrations`, coordinator);
    const byPerson = new Map(list.body.items.map((item: { person: { id: string }; state: string }) => [item.person.id, item.state]));
    expect([...people].map((id) => byPerson.get(id))).toEqual(['cancelled', 'registered', 'registered', 'waitlisted']);

    const again = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: [people[0]] });
    expect(again.status).toBe(200);
    expect(again.body.items[0].state).toBe('waitlisted');
    const waiting = await send('GET', `/api/exchanges/${exchange.id}/registrations?state=waitlisted`, coordinator);
    expect(waiting.body.items.map((item: { person: { id: string } }) => item.person.id)).toEqual([people[3], people[0]]);
  });

  it('never over-fills when places are taken and freed at the same time', async () => {
    const { coordinator, exchange, people } = await setUp(2, 6);
    // Six single registrations at once into two places.
    const results = await Promise.all(people.map((personId) => send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: [personId] })));
    expect(results.map((result) => result.status)).toEqual(Array(6).fill(201));
    const taken = results.filter((result) => result.body.items[0].state === 'registered');
    expect(taken).toHaveLength(2);

    // Both holders cancel at once: exactly two of the four waiting move up.
    await Promise.all(taken.map((result) => send('PATCH', `/api/exchanges/${exchange.id}/registrations/${result.body.items[0].id}`, coordinator, { state: 'cancelled' })));
    const detail = await send('GET', `/api/exchanges/${exchange.id}`, coordinator);
    expect(detail.body.participation).toMatchObject({ counted: 2, waitlisted: 2, cancelled: 2 });
  });

  it('refuses a capacity below the confirmed participants, waitlists the newest unconfirmed when lowered, promotes when raised', async () => {
    const { coordinator, exchange, people } = await setUp(null, 4);
    const { body } = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people });
    expect(states(body.items)).toEqual(['registered', 'registered', 'registered', 'registered']);
    for (const item of body.items.slice(0, 2)) await send('PATCH', `/api/exchanges/${exchange.id}/registrations/${item.id}`, coordinator, { state: 'confirmed' });

    const tooLow = await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { capacity: 1 });
    expect(tooLow.status).toBe(400);
    expect(tooLow.body.errors).toEqual([{ field: 'body.capacity', code: 'capacity_below_confirmed', params: { min: 2 }, message: 'must be at least 2, the number of participants confirmed already' }]);

    const lowered = await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { capacity: 3 });
    expect(lowered.status).toBe(200);
    expect(lowered.body.participation).toMatchObject({ capacity: 3, counted: 3, waitlisted: 1, confirmed: 2 });
    const waiting = await send('GET', `/api/exchanges/${exchange.id}/registrations?state=waitlisted`, coordinator);
    expect(waiting.body.items.map((item: { person: { id: string } }) => item.person.id)).toEqual([people[3]]);

    const raised = await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { capacity: 10 });
    expect(raised.body.participation).toMatchObject({ counted: 4, waitlisted: 0, free: 6 });
  });

  it('names the bad fields: unknown people and delegations, duplicates, and who may not register', async () => {
    const { coordinator, member, guest, exchange, people } = await setUp();
    const bad = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, {
      personIds: [people[0], '00000000-0000-4000-8000-00000000beef', people[0]],
      delegationId: '00000000-0000-4000-8000-00000000cafe',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((issue: { field: string }) => issue.field)).toEqual(['body.personIds.1', 'body.personIds.2', 'body.delegationId']);
    expect((await send('GET', `/api/exchanges/${exchange.id}/registrations`, coordinator)).body.items).toEqual([]);

    expect((await send('POST', `/api/exchanges/${exchange.id}/registrations`, member, { personIds: [people[0]] })).status).toBe(403);
    expect((await send('POST', `/api/exchanges/${exchange.id}/registrations`, guest, { personIds: [people[0]] })).status).toBe(403);
    expect((await send('POST', `/api/exchanges/${exchange.id}/registrations`, null, { personIds: [people[0]] })).status).toBe(401);
    const empty = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: [] });
    expect(empty.body.errors[0].field).toBe('body.personIds');
  });

  it('shows participants to members of the workspace only; counts to everyone who sees the exchange', async () => {
    const { coordinator, guest, outsider, exchange, people, delegationId } = await setUp();
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people, delegationId });
    expect((await send('GET', `/api/exchanges/${exchange.id}/registrations`, guest)).status).toBe(200);
    expect((await send('GET', `/api/exchanges/${exchange.id}/registrations`, outsider)).status).toBe(403);
    expect((await send('GET', `/api/exchanges/${exchange.id}/registrations`, null)).status).toBe(401);
    expect((await send('GET', `/api/exchanges/${exchange.id}/participants.csv`, outsider)).status).toBe(403);

    const summary = await send('GET', `/api/exchanges/${exchange.id}/participants/summary`, null);
    expect(summary.status).toBe(200);
    expect(summary.body.participation).toMatchObject({ counted: 2, waitlisted: 1 });
    expect(summary.body.byCountry).toEqual([{ countryCode: 'UA', count: 2 }]);
    expect(summary.body.byOrganizationKind).toEqual([{ kind: null, count: 2 }]);
  });

  it('counts participants by the country and kind of the organization they represent', async () => {
    const { app } = testApp.current;
    const { coordinator, workspace, exchange } = await setUp(null, 0);
    const office = await send('POST', '/api/organizations', coordinator, { workspaceId: workspace.id, kind: 'municipal_office', name: 'Міська рада Луцька', countryCode: 'UA' });
    const utility = await send('POST', '/api/organizations', coordinator, { workspaceId: workspace.id, kind: 'utility', name: 'Stadtwerke Musterstadt', countryCode: 'DE' });
    const [official] = await createPeople(app, coordinator, workspace.id, [['Oksana', 'Hrytsenko']], { affiliations: [{ organizationId: office.body.id }] });
    const engineers = await createPeople(app, coordinator, workspace.id, [['Jonas', 'Weber'], ['Lea', 'Hofmann']], { affiliations: [{ organizationId: utility.body.id }] });
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: [official, ...engineers] });

    const summary = await send('GET', `/api/exchanges/${exchange.id}/participants/summary`, coordinator);
    expect(summary.body.byCountry).toEqual([
      { countryCode: 'DE', count: 2 },
      { countryCode: 'UA', count: 1 },
    ]);
    expect(summary.body.byOrganizationKind).toEqual([
      { kind: 'utility', count: 2 },
      { kind: 'municipal_office', count: 1 },
    ]);
  });

  it('sends an invitation link the invited person answers without signing in; confirming when full means waiting, declining frees the place', async () => {
    const { database } = testApp.current;
    const { coordinator, exchange, people } = await setUp(1, 2);
    const invited = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people, invite: true });
    expect(invited.status).toBe(201);
    expect(states(invited.body.items)).toEqual(['invited', 'invited']);
    expect(invited.body.items[0].invitationPending).toBe(true);
    expect(invited.body.invitations).toHaveLength(2);
    const email = invited.body.items[0].email as string;
    const mail = await lastMailTo(database.db, email);
    expect(mail?.subject).toBe('Invitation: Project workshop');
    const firstToken = tokenFromLink(mail!.text, '/registration-invitations/');
    expect(invited.body.invitations[0].url).toBe(`http://stadtdialog.test/registration-invitations/${firstToken}`);
    const secondToken = invited.body.invitations[1].url.split('/').at(-1);

    const view = await send('GET', `/api/registration-invitations/${firstToken}`, null);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ exchange: { id: exchange.id, title: { en: 'Project workshop' } }, person: { displayName: 'Olena Kovalenko' }, state: 'invited', canRespond: true });

    const first = await send('POST', `/api/registration-invitations/${firstToken}`, null, { answer: 'confirm' });
    expect(first.body).toMatchObject({ state: 'confirmed', respondedAt: expect.any(String) });
    const second = await send('POST', `/api/registration-invitations/${secondToken}`, null, { answer: 'confirm' });
    expect(second.body.state).toBe('waitlisted');

    const declined = await send('POST', `/api/registration-invitations/${firstToken}`, null, { answer: 'decline' });
    expect(declined.body.state).toBe('cancelled');
    expect((await send('GET', `/api/registration-invitations/${secondToken}`, null)).body.state).toBe('confirmed');

    expect((await send('GET', '/api/registration-invitations/sdr_not-a-real-token', null)).status).toBe(404);
    const reissued = await send('POST', `/api/exchanges/${exchange.id}/registrations/${invited.body.items[0].id}/invitation`, coordinator);
    expect(reissued.status).toBe(200);
    expect((await send('GET', `/api/registration-invitations/${firstToken}`, null)).status).toBe(404);
    expect((await send('GET', `/api/registration-invitations/${reissued.body.url.split('/').at(-1)}`, null)).status).toBe(200);
  });

  it('checks participants in on the day, once; without a free place a waiting person cannot be checked in', async () => {
    const { coordinator, exchange, people } = await setUp(2, 3);
    const { body } = await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people });
    const checkedIn = await send('POST', `/api/exchanges/${exchange.id}/registrations/${body.items[0].id}/check-in`, coordinator);
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ state: 'attended', checkedInAt: expect.any(String), confirmedAt: expect.any(String) });
    const again = await send('POST', `/api/exchanges/${exchange.id}/registrations/${body.items[0].id}/check-in`, coordinator);
    expect(again.body.checkedInAt).toBe(checkedIn.body.checkedInAt);

    const refused = await send('POST', `/api/exchanges/${exchange.id}/registrations/${body.items[2].id}/check-in`, coordinator);
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ field: 'body.state', code: 'invalid_state', message: 'no place is free' }]);
  });

  it('exports the participant list as CSV in queue order, in German by default: headers, states and times as people read them', async () => {
    const { coordinator, guest, exchange, people, delegationId } = await setUp(2, 3);
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people, delegationId });
    const checkedIn = await send('POST', `/api/exchanges/${exchange.id}/registrations/${(await send('GET', `/api/exchanges/${exchange.id}/registrations`, coordinator)).body.items[0].id}/check-in`, coordinator);
    expect(checkedIn.status).toBe(200);
    const csv = await send('GET', `/api/exchanges/${exchange.id}/participants.csv`, guest);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="Teilnehmende-Projektwerkstatt-2030-03-04.csv"; filename*=UTF-8''Teilnehmende-Projektwerkstatt-2030-03-04.csv`,
    );
    const text = String(csv.body);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header] = text.slice(1).split('\n');
    expect(header).toBe('Nachname;Vorname;Organisation;Art der Organisation;Land;Delegation;Status;Angemeldet am;Bestätigt am;Eingecheckt am;E-Mail;Notiz');
    const { rows } = spreadsheet(text);
    expect(rows.map((row) => [row.values.Nachname, row.values.Land, row.values.Delegation, row.values.Status])).toEqual([
      ['Kovalenko', 'Ukraine', 'Kiew', 'Teilgenommen'],
      ['Melnyk', 'Ukraine', 'Kiew', 'Angemeldet'],
      ['Bondarenko', 'Ukraine', 'Kiew', 'Warteliste'],
    ]);
    // A moment in the exchange's time zone, in German format, never an ISO string in UTC.
    expect(rows[0]!.values['Eingecheckt am']).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(text).not.toMatch(/registered|waitlisted|attended|\d{4}-\d{2}-\d{2}T/);
    const waiting = await send('GET', `/api/exchanges/${exchange.id}/participants.csv?state=waitlisted`, guest);
    expect(spreadsheet(String(waiting.body)).rows).toHaveLength(1);
  });

  it('exports the participant list in Ukrainian by ?lang= or by the browser’s language, with a transliterated ASCII file name', async () => {
    const { coordinator, guest, exchange, people, delegationId } = await setUp(2, 2);
    await send('PATCH', `/api/exchanges/${exchange.id}`, coordinator, { title: { de: 'Projektwerkstatt', uk: 'Проєктна майстерня Київ' } });
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people, delegationId });
    const byQuery = await send('GET', `/api/exchanges/${exchange.id}/participants.csv?lang=uk`, guest);
    const byHeader = await testApp.current.app.inject({
      method: 'GET',
      url: `/api/exchanges/${exchange.id}/participants.csv`,
      headers: { ...guest.headers, 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' },
    });
    for (const response of [byQuery, { headers: byHeader.headers, body: byHeader.body }]) {
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="Uchasnyky-Proiektna-maisternia-Kyiv-2030-03-04.csv"; filename*=UTF-8''${encodeURIComponent('Учасники-Проєктна-майстерня-Київ-2030-03-04.csv')}`,
      );
      const { columns, rows } = spreadsheet(String(response.body));
      expect(columns.slice(0, 7)).toEqual(['Прізвище', 'Імʼя', 'Організація', 'Тип організації', 'Країна', 'Делегація', 'Статус']);
      expect(rows.map((row) => [row.values['Країна'], row.values['Делегація'], row.values['Статус']])).toEqual([
        ['Україна', 'Київ', 'Зареєстровано'],
        ['Україна', 'Київ', 'Зареєстровано'],
      ]);
    }
    const english = await send('GET', `/api/exchanges/${exchange.id}/participants.csv?lang=en`, guest);
    expect(spreadsheet(String(english.body)).columns[0]).toBe('Family name');
    expect((await send('GET', `/api/exchanges/${exchange.id}/participants.csv?lang=fr`, guest)).status).toBe(400);
  });

  it('pages the participant list with the cursor without repeats', async () => {
    const { coordinator, exchange, people } = await setUp(null, 6);
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, coordinator, { personIds: people });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { person: { id: string } }[]; nextCursor: string | null } } = await send(
        'GET',
        `/api/exchanges/${exchange.id}/registrations?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        coordinator,
      );
      seen.push(...page.body.items.map((item) => item.person.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(people);
  });
});
