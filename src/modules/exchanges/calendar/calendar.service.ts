import { exportFileName, type ExportFileName } from '../../../core/export/file-names.js';
import { valueLabel } from '../../../core/export/export-labels.js';
import { localDate } from '../../../core/export/export-language.js';
import { requireRead } from '../../../core/auth/policy.js';
import { hashSecretToken } from '../../../core/auth/secret-token.js';
import { notFound } from '../../../core/errors.js';
import type { DbExecutor } from '../../../core/db/client.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { personIdsOfUser, personRefsByIds } from '../../actors/people.service.js';
import { networkRefsByIds } from '../../networks/networks.service.js';
import { partnershipRefsByIds } from '../../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../../places/places.service.js';
import type { PlaceRef } from '../../places/places.schemas.js';
import { findExchangeRow, findExchangeRowsByIds, findSessionRows, listExchangeRows, type ExchangeFilter, type ExchangeRow, type SessionRow } from '../exchanges.repository.js';
import { findCalendarFeedByHash, findRegisteredExchangeIds, touchCalendarFeed } from '../registrations.repository.js';
import { writeCalendar, type CalendarEvent } from './ical.js';
import { zonedTimeToUtc } from './zoned-time.js';
import type { CalendarLanguage } from './calendar.schemas.js';

/** How many exchanges a feed holds at most (the latest ones). */
const FEED_LIMIT = 500;

const pick = (text: Record<string, string>, language: CalendarLanguage) =>
  text[language]?.trim() || text.de?.trim() || text.en?.trim() || text.uk?.trim() || Object.values(text)[0] || '';

const placeName = (place: PlaceRef | undefined, language: CalendarLanguage) => (place ? place.names[language] || place.name : '');

const STATUS = { planned: 'TENTATIVE', confirmed: 'CONFIRMED', completed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

const AGENDA: Record<CalendarLanguage, string> = { de: 'Programm', en: 'Agenda', uk: 'Програма' };
const FACILITATION: Record<CalendarLanguage, string> = { de: 'Moderation', en: 'Facilitated by', uk: 'Модерація' };

export interface CalendarFile {
  fileName: ExportFileName;
  body: string;
}

interface Settings {
  language: CalendarLanguage;
  publicUrl: string;
}

async function eventsOf(ctx: ServiceContext, rows: ExchangeRow[], settings: Settings): Promise<CalendarEvent[]> {
  const { language, publicUrl } = settings;
  const places = await placeRefsByIds(ctx, rows.map((row) => row.venuePlaceId));
  const sessions = await ctx.transaction((tx) => findSessionRows(tx, rows.map((row) => row.id)));
  const facilitators = await personRefsByIds(ctx, sessions.map((session) => session.facilitatorPersonId));
  const byExchange = new Map<string, SessionRow[]>();
  for (const session of sessions) byExchange.set(session.exchangeId, [...(byExchange.get(session.exchangeId) ?? []), session]);
  return rows.flatMap((row) => {
    const venue = row.venuePlaceId ? places.get(row.venuePlaceId) : undefined;
    const location = [row.venueName, placeName(venue, language)].filter(Boolean).join(', ');
    const title = pick(row.title, language);
    const url = `${publicUrl}/exchanges/${row.id}`;
    const agenda = byExchange.get(row.id) ?? [];
    const agendaText = agenda.length
      ? `\n\n${AGENDA[language]}:\n${agenda
          .map((session) => `${localDate(session.day, language)}${session.startsAt ? ` ${session.startsAt.slice(0, 5)}` : ''}${session.endsAt ? `–${session.endsAt.slice(0, 5)}` : ''} ${pick(session.title, language)}`)
          .join('\n')}`
      : '';
    const exchangeEvent: CalendarEvent = {
      uid: `exchange-${row.id}@stadtdialog`,
      stamp: row.updatedAt,
      summary: title,
      description: `${pick(row.description, language)}${agendaText}\n\n${url}`.trim(),
      location: location || undefined,
      url,
      status: STATUS[row.status],
      categories: [valueLabel('enums.exchangeKind', row.kind, language)],
      days: { first: row.startDate, last: row.endDate },
      geo: venue && venue.latitude !== null && venue.longitude !== null ? { latitude: venue.latitude, longitude: venue.longitude } : undefined,
    };
    const sessionEvents = agenda
      .filter((session) => session.startsAt)
      .map((session): CalendarEvent => {
        const facilitator = session.facilitatorPersonId ? facilitators.get(session.facilitatorPersonId) : undefined;
        const description = [pick(session.description, language), facilitator ? `${FACILITATION[language]}: ${facilitator.displayName}` : '', url].filter(Boolean).join('\n\n');
        return {
          uid: `session-${session.id}@stadtdialog`,
          stamp: session.updatedAt,
          summary: `${pick(session.title, language)} – ${title}`,
          description,
          location: [session.room, location].filter(Boolean).join(', ') || undefined,
          url,
          status: STATUS[row.status],
          categories: [valueLabel('enums.sessionKind', session.kind, language)],
          times: {
            start: zonedTimeToUtc(session.day, session.startsAt!, row.timeZone),
            end: session.endsAt ? zonedTimeToUtc(session.day, session.endsAt, row.timeZone) : null,
          },
        };
      });
    return [exchangeEvent, ...sessionEvents];
  });
}

/** One exchange with the timed sessions of its agenda. */
export async function exchangeCalendar(ctx: ServiceContext, id: string, settings: Settings): Promise<CalendarFile> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findExchangeRow(tx, id), 'Exchange', id);
    const title = pick(row.title, settings.language);
    return { fileName: exportFileName([title, row.startDate], 'ics', 'calendar'), body: writeCalendar({ name: title, events: await eventsOf(ctx, [row], settings) }) };
  });
}

/** The latest exchanges of `filter` (up to the feed's limit), oldest first, with their agendas, as a calendar called `name`. */
async function feedOf(tx: DbExecutor, ctx: ServiceContext, filter: ExchangeFilter, name: string, settings: Settings): Promise<CalendarFile> {
  const rows = await listExchangeRows(tx, ctx.viewer, filter, { order: 'newest', limit: FEED_LIMIT - 1 });
  return { fileName: exportFileName([name], 'ics', 'calendar'), body: writeCalendar({ name, refreshHours: 6, events: await eventsOf(ctx, rows.reverse(), settings) }) };
}

/** The exchanges of a partnership (the latest 500) with their agendas. */
export async function partnershipCalendar(ctx: ServiceContext, partnershipId: string, settings: Settings): Promise<CalendarFile> {
  return ctx.transaction(async (tx, ctx) => {
    const partnership = (await partnershipRefsByIds(ctx, [partnershipId])).get(partnershipId);
    if (!partnership) throw notFound('Partnership', partnershipId);
    return feedOf(tx, ctx, { partnershipId }, pick(partnership.title, settings.language), settings);
  });
}

/** The meetings of a network (the latest 500). */
export async function networkCalendar(ctx: ServiceContext, networkId: string, settings: Settings): Promise<CalendarFile> {
  return ctx.transaction(async (tx, ctx) => {
    const network = (await networkRefsByIds(ctx, [networkId])).get(networkId);
    if (!network) throw notFound('Network', networkId);
    return feedOf(tx, ctx, { networkId }, pick(network.name, settings.language), settings);
  });
}

const PERSONAL: Record<CalendarLanguage, string> = { de: 'Meine Austausche (Stadtdialog)', en: 'My exchanges (Stadtdialog)', uk: 'Мої обміни (Stadtdialog)' };

/**
 * The exchanges a user is registered for (through the people records linked to their account),
 * from a year ago on, read with the secret of their feed address: calendar apps send no cookies.
 * Runs with a system context; the token decides whose registrations are shown.
 */
export async function personalCalendar(system: ServiceContext, token: string, settings: Settings): Promise<CalendarFile> {
  return system.transaction(async (tx, ctx) => {
    const feed = await findCalendarFeedByHash(tx, hashSecretToken(token));
    if (!feed) throw notFound('Calendar feed');
    await touchCalendarFeed(tx, feed.id);
    const people = await personIdsOfUser(ctx, feed.userId);
    const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const ids = await findRegisteredExchangeIds(tx, people, since);
    const rows = await findExchangeRowsByIds(tx, ctx.viewer, ids);
    return { fileName: exportFileName(['Stadtdialog'], 'ics'), body: writeCalendar({ name: PERSONAL[settings.language], refreshHours: 3, events: await eventsOf(ctx, rows, settings) }) };
  });
}
