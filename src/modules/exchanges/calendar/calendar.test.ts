import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { demoId } from '../../../demo/demo-id.js';
import { createExchange, createPeople, requester, workspaceWithRoles } from '../../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../../test/support/test-app.js';
import { createTestBrowser } from '../../../../test/support/test-browser.js';
import { users } from '../../accounts/users.tables.js';
import { people } from '../../actors/people.tables.js';
import { eq } from 'drizzle-orm';
import { escapeText, foldLine, writeCalendar } from './ical.js';
import { zonedTimeToUtc } from './zoned-time.js';

const GRUENAU = demoId('partnership:gruenau-darnytskyi');
const NETWORK = demoId('network:lag-sachsen');

/** Parses a calendar with ical.js and returns its events. */
function eventsOf(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  expect(component.name).toBe('vcalendar');
  expect(component.getFirstPropertyValue('version')).toBe('2.0');
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('iCalendar writing', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeText('Rundgang; danach, Diskussion\\Fragen\nEnde')).toBe('Rundgang\\; danach\\, Diskussion\\\\Fragen\\nEnde');
    const long = `SUMMARY:${'Програма візитів Грюнау – Дарницький '.repeat(4)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const calendar = writeCalendar({ name: 'Test', events: [{ uid: 'a@b', stamp: new Date('2020-01-01T00:00:00Z'), summary: long.slice(8), days: { first: '2020-02-28', last: '2020-02-29' } }] });
    const [event] = eventsOf(calendar);
    expect(event!.summary).toBe(long.slice(8));
    expect(event!.startDate.toString()).toBe('2020-02-28');
    expect(event!.endDate.toString()).toBe('2020-03-01');
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('turns wall-clock times of a time zone into UTC across clock changes', () => {
    expect(zonedTimeToUtc('2018-12-03', '09:00', 'Europe/Berlin').toISOString()).toBe('2018-12-03T08:00:00.000Z');
    expect(zonedTimeToUtc('2018-09-17', '09:00', 'Europe/Kyiv').toISOString()).toBe('2018-09-17T06:00:00.000Z');
    expect(zonedTimeToUtc('2024-03-31', '03:30', 'Europe/Berlin').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(zonedTimeToUtc('2024-10-27', '12:00', 'America/New_York').toISOString()).toBe('2024-10-27T16:00:00.000Z');
  });
});

describe('calendar files and feeds', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  it('gives an exchange as an all-day event and its timed sessions in UTC, in the language asked for', async () => {
    const { app, database } = testApp.current;
    const { coordinator, workspace } = await workspaceWithRoles(database.db);
    const exchange = await createExchange(app, coordinator, workspace.id, {
      title: { de: 'Arbeitsbesuch in Kiew', en: 'Working visit to Kyiv', uk: 'Робочий візит до Києва' },
      startDate: '2031-10-06',
      endDate: '2031-10-08',
      timeZone: 'Europe/Kyiv',
      venuePlaceId: demoId('place:kyiv'),
      venueName: 'Будинок культури',
    });
    await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, {
      day: '2031-10-07',
      startsAt: '10:00',
      endsAt: '12:30',
      kind: 'walking_tour',
      title: { de: 'Rundgang, Teil 1', en: 'Walking tour, part 1' },
      room: 'Foyer',
    });
    await send('POST', `/api/exchanges/${exchange.id}/sessions`, coordinator, { day: '2031-10-06', kind: 'reception', title: { de: 'Ankunft' } });

    const file = await send('GET', `/api/exchanges/${exchange.id}/calendar.ics?lang=en`, coordinator);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="Working-visit-to-Kyiv-2031-10-06.ics"; filename*=UTF-8''Working-visit-to-Kyiv-2031-10-06.ics`);
    // In Ukrainian: the title in its letters, and transliterated by the official table for programs that need ASCII.
    const ukrainian = await send('GET', `/api/exchanges/${exchange.id}/calendar.ics?lang=uk`, coordinator);
    expect(ukrainian.headers['content-disposition']).toBe(
      `attachment; filename="Robochyi-vizyt-do-Kyieva-2031-10-06.ics"; filename*=UTF-8''${encodeURIComponent('Робочий-візит-до-Києва-2031-10-06.ics')}`,
    );
    const events = eventsOf(String(file.body));
    expect(events).toHaveLength(2);
    const [whole, tour] = events;
    expect(whole!.summary).toBe('Working visit to Kyiv');
    expect(whole!.startDate.isDate).toBe(true);
    expect(whole!.startDate.toString()).toBe('2031-10-06');
    expect(whole!.endDate.toString()).toBe('2031-10-09');
    expect(whole!.location).toBe('Будинок культури, Kyiv');
    expect(whole!.description).toContain('Agenda:');
    expect(whole!.description).toContain(`http://stadtdialog.test/exchanges/${exchange.id}`);
    expect(tour!.summary).toBe('Walking tour, part 1 – Working visit to Kyiv');
    // 10:00 in Kyiv (UTC+3 in October) is 07:00 UTC.
    expect(tour!.startDate.toJSDate().toISOString()).toBe('2031-10-07T07:00:00.000Z');
    expect(tour!.endDate.toJSDate().toISOString()).toBe('2031-10-07T09:30:00.000Z');
    expect(tour!.location).toBe('Foyer, Будинок культури, Kyiv');

    const german = eventsOf(String((await send('GET', `/api/exchanges/${exchange.id}/calendar.ics`, coordinator)).body));
    expect(german[1]!.summary).toBe('Rundgang, Teil 1 – Arbeitsbesuch in Kiew');
    // The agenda's days and the categories read as the screen says them, not as stored codes and ISO dates.
    const categoriesOf = (event: ICAL.Event) => event.component.getFirstPropertyValue('categories');
    expect(german[0]!.description).toContain('Programm:\n06.10.2031 Ankunft\n07.10.2031 10:00–12:30 Rundgang, Teil 1');
    expect([categoriesOf(german[0]!), categoriesOf(german[1]!)]).toEqual(['Workshop', 'Rundgang']);
    const inUkrainian = eventsOf(String(ukrainian.body));
    expect(inUkrainian[0]!.description).toContain('7 жовт. 2031 р. 10:00–12:30');
    expect([categoriesOf(inUkrainian[0]!), categoriesOf(inUkrainian[1]!)]).toEqual(['Воркшоп', 'Прогулянка']);
    expect(String(ukrainian.body)).not.toMatch(/walking_tour|workshop|2031-10-07 /);
    expect((await send('GET', `/api/exchanges/${exchange.id}/calendar.ics`, null)).status).toBe(404);
    expect((await send('GET', `/api/exchanges/${exchange.id}/calendar.ics?lang=fr`, coordinator)).status).toBe(400);
  });

  it('gives the exchanges of a partnership and the meetings of a network', async () => {
    const partnership = await send('GET', `/api/partnerships/${GRUENAU}/calendar.ics`, null);
    expect(partnership.status).toBe(200);
    const visits = eventsOf(String(partnership.body));
    expect(visits.map((event) => event.startDate.toString())).toEqual(expect.arrayContaining(['2018-05-14', '2018-09-17', '2018-12-03']));
    expect(visits.find((event) => event.startDate.toString() === '2018-05-14')!.summary).toBe('Erster Besuch der Kiewer Delegation in Leipzig-Grünau');

    const network = await send('GET', `/api/networks/${NETWORK}/calendar.ics?lang=uk`, null);
    const meetings = eventsOf(String(network.body));
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(meetings.every((event) => event.startDate.isDate)).toBe(true);
    expect((await send('GET', '/api/networks/00000000-0000-4000-8000-000000000000/calendar.ics', null)).status).toBe(404);
  });

  it('serves a personal feed at a secret address with the exchanges the user is registered for', async () => {
    const { app, database } = testApp.current;
    const { coordinator, workspace } = await workspaceWithRoles(database.db);
    const browser = createTestBrowser(app);
    const email = `delegate-${Date.now()}@example.org`;
    await browser.signUp({ email, displayName: 'Nadiia Koval' });
    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    const [personId] = await createPeople(app, coordinator, workspace.id, [['Nadiia', 'Koval']]);
    await database.db.update(people).set({ userId: user!.id }).where(eq(people.id, personId!));
    const attending = await createExchange(app, coordinator, workspace.id, { title: { de: 'Werkstatt Energie' }, startDate: '2031-11-20', endDate: '2031-11-21' });
    const notAttending = await createExchange(app, coordinator, workspace.id, { title: { de: 'Andere Werkstatt' } });
    await send('POST', `/api/exchanges/${attending.id}/registrations`, coordinator, { personIds: [personId] });
    expect(notAttending.id).toBeDefined();

    expect((await browser.get('/api/me/calendar-feed')).json()).toMatchObject({ exists: false });
    const created = await browser.post('/api/me/calendar-feed');
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json().url as string);
    expect(url.pathname).toMatch(/^\/api\/calendar-feeds\/sdc_[\w-]+\.ics$/);

    const feed = await app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode).toBe(200);
    const events = eventsOf(feed.body);
    expect(events.map((event) => event.summary)).toEqual(['Werkstatt Energie']);
    expect((await browser.get('/api/me/calendar-feed')).json()).toMatchObject({ exists: true, lastUsedAt: expect.any(String) });

    // A new address replaces the old one; revoking ends it.
    const renewed = new URL((await browser.post('/api/me/calendar-feed')).json().url as string);
    expect((await app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: renewed.pathname })).statusCode).toBe(200);
    expect((await browser.delete('/api/me/calendar-feed')).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: renewed.pathname })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/me/calendar-feed' })).statusCode).toBe(401);
  });
});
