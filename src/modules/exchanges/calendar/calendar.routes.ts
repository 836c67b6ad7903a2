import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../../core/export/file-names.js';
import { idParamsSchema } from '../../../core/http/common-schemas.js';
import type { ExchangesModuleOptions } from '../exchanges-module-options.js';
import { calendarFeedParamsSchema, calendarQuerySchema, feedInfoSchema, newFeedSchema } from './calendar.schemas.js';
import { calendarFeedInfo, renewCalendarFeed, revokeCalendarFeed } from './calendar-feeds.service.js';
import { exchangeCalendar, networkCalendar, partnershipCalendar, personalCalendar, type CalendarFile } from './calendar.service.js';

function sendCalendar(reply: FastifyReply, file: CalendarFile, disposition: 'attachment' | 'inline') {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', contentDisposition(disposition, file.fileName))
    .header('cache-control', 'private, max-age=300')
    .send(file.body);
}

/** iCalendar files of an exchange, a partnership and a network, and the personal feed by secret address. */
export function registerCalendarRoutes(instance: FastifyInstance, { context, systemContext, publicUrl }: ExchangesModuleOptions): void {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/exchanges/:id/calendar.ics',
    {
      schema: {
        tags: ['calendars'],
        summary: 'The exchange as an all-day event, and each timed session of its agenda (times in UTC)',
        params: idParamsSchema,
        querystring: calendarQuerySchema,
      },
    },
    async (request, reply) => sendCalendar(reply, await exchangeCalendar(context(request), request.params.id, { language: request.query.lang, publicUrl }), 'attachment'),
  );

  app.get(
    '/api/partnerships/:id/calendar.ics',
    {
      schema: {
        tags: ['calendars'],
        summary: 'The exchanges of a partnership with their agendas, to subscribe to',
        params: idParamsSchema,
        querystring: calendarQuerySchema,
      },
    },
    async (request, reply) => sendCalendar(reply, await partnershipCalendar(context(request), request.params.id, { language: request.query.lang, publicUrl }), 'attachment'),
  );

  app.get(
    '/api/networks/:id/calendar.ics',
    {
      schema: {
        tags: ['calendars'],
        summary: 'The meetings of a network, to subscribe to',
        params: idParamsSchema,
        querystring: calendarQuerySchema,
      },
    },
    async (request, reply) => sendCalendar(reply, await networkCalendar(context(request), request.params.id, { language: request.query.lang, publicUrl }), 'attachment'),
  );

  app.get(
    '/api/calendar-feeds/:token.ics',
    {
      schema: {
        tags: ['calendars'],
        summary: 'The exchanges a user is registered for, at the secret address of their personal feed (calendar apps send no cookies)',
        params: calendarFeedParamsSchema,
        querystring: calendarQuerySchema,
      },
    },
    async (request, reply) => sendCalendar(reply, await personalCalendar(systemContext(request), request.params.token, { language: request.query.lang, publicUrl }), 'inline'),
  );

  app.get(
    '/api/me/calendar-feed',
    { schema: { tags: ['calendars'], summary: 'Whether you have a personal calendar address, and when it was last read', response: { 200: feedInfoSchema } } },
    async (request) => calendarFeedInfo(context(request)),
  );

  app.post(
    '/api/me/calendar-feed',
    {
      schema: {
        tags: ['calendars'],
        summary: 'A new secret address for your personal calendar (shown once; the previous one stops working)',
        response: { 201: newFeedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await renewCalendarFeed(context(request), publicUrl)),
  );

  app.delete(
    '/api/me/calendar-feed',
    { schema: { tags: ['calendars'], summary: 'Stop your personal calendar address working', response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeCalendarFeed(context(request));
      return reply.status(204).send(null);
    },
  );
}
