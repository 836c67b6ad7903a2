import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendCsv } from '../../core/csv/csv-export.js';
import { exportLanguageOf } from '../../core/export/export-language.js';
import { exportFileName } from '../../core/export/file-names.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import { participantColumns } from './participant-export.js';
import { fileWord } from '../../core/export/export-labels.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ExchangesModuleOptions } from './exchanges-module-options.js';
import { answerInvitation, viewInvitation } from './registration-invitations.service.js';
import {
  invitationAnswerSchema,
  invitationLinkSchema,
  invitationTokenParamsSchema,
  invitationViewSchema,
  participantSummarySchema,
  registerResultSchema,
  registerSchema,
  registrationChangeSchema,
  registrationExportQuerySchema,
  registrationListQuerySchema,
  registrationPageSchema,
  registrationParamsSchema,
  registrationSchema,
  type Registration,
} from './registrations.schemas.js';
import { listRegistrations, openParticipantExport, participantSummary } from './registrations.service.js';
import { changeRegistration, checkIn, registerPeople, reissueInvitation } from './registration-changes.service.js';

/** Participants: registration of people and delegations, waitlist, invitations, check-in, lists and export. */
export function registerRegistrationRoutes(instance: FastifyInstance, { context, systemContext, publicUrl, mailQueued }: ExchangesModuleOptions): void {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const settings = { publicUrl };

  app.get(
    '/api/exchanges/:id/registrations',
    {
      schema: {
        tags: ['participants'],
        summary: 'Who is invited, registered, waiting, confirmed, attended or cancelled, in queue order (members of the exchange’s workspace)',
        params: idParamsSchema,
        querystring: registrationListQuerySchema,
        response: { 200: registrationPageSchema },
      },
    },
    async (request) => listRegistrations(context(request), request.params.id, request.query),
  );

  app.post(
    '/api/exchanges/:id/registrations',
    {
      schema: {
        tags: ['participants'],
        summary:
          'Register or invite people (a delegation registers several at once). Beyond the capacity they are waitlisted; people registered already are returned unchanged (200 when nobody is new)',
        params: idParamsSchema,
        body: registerSchema,
        response: { 200: registerResultSchema, 201: registerResultSchema },
      },
    },
    async (request, reply) => {
      const result = await registerPeople(context(request), request.params.id, request.body, settings);
      if (result.invitations.some((invitation) => invitation.mailed)) mailQueued();
      return reply.status(result.created > 0 ? 201 : 200).send(result);
    },
  );

  app.patch(
    '/api/exchanges/:id/registrations/:registrationId',
    {
      schema: {
        tags: ['participants'],
        summary: 'Confirm, cancel or re-register a participant, or change their delegation, organization or country; cancelling gives the place to the longest waiting',
        params: registrationParamsSchema,
        body: registrationChangeSchema,
        response: { 200: registrationSchema },
      },
    },
    async (request) => changeRegistration(context(request), request.params.id, request.params.registrationId, request.body),
  );

  app.post(
    '/api/exchanges/:id/registrations/:registrationId/check-in',
    {
      schema: {
        tags: ['participants'],
        summary: 'Check a participant in on the day: marks them attended',
        params: registrationParamsSchema,
        response: { 200: registrationSchema },
      },
    },
    async (request) => checkIn(context(request), request.params.id, request.params.registrationId),
  );

  app.post(
    '/api/exchanges/:id/registrations/:registrationId/invitation',
    {
      schema: {
        tags: ['participants'],
        summary: 'A new invitation link for a participant (the previous one stops working), e-mailed when the person has an address',
        params: registrationParamsSchema,
        response: { 200: invitationLinkSchema },
      },
    },
    async (request) => {
      const link = await reissueInvitation(context(request), request.params.id, request.params.registrationId, settings);
      if (link.mailed) mailQueued();
      return link;
    },
  );

  app.get(
    '/api/exchanges/:id/participants/summary',
    {
      schema: {
        tags: ['participants'],
        summary: 'Places taken and free, the waitlist, and participants by country and kind of organization',
        params: idParamsSchema,
        response: { 200: participantSummarySchema },
      },
    },
    async (request) => participantSummary(context(request), request.params.id),
  );

  app.get(
    '/api/exchanges/:id/participants.csv',
    {
      schema: {
        tags: ['participants'],
        summary: 'The participant list as CSV, streamed in queue order (members of the exchange’s workspace)',
        params: idParamsSchema,
        querystring: registrationExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      const language = exportLanguageOf(request, lang);
      const { exchange, delegationNames, pages } = await openParticipantExport(context(request), request.params.id, filter, language);
      const word = fileWord('participants', language);
      const file = exportFileName([word, nameInLanguage(exchange.title, null, language), exchange.startDate], 'csv', word);
      return sendCsv<Registration>(reply, file, participantColumns(language, exchange.timeZone, delegationNames), pages);
    },
  );

  app.get(
    '/api/registration-invitations/:token',
    {
      schema: {
        tags: ['participants'],
        summary: 'What an invitation link is for (no sign-in: the link is the permission)',
        params: invitationTokenParamsSchema,
        response: { 200: invitationViewSchema },
      },
    },
    async (request) => viewInvitation(systemContext(request), request.params.token),
  );

  app.post(
    '/api/registration-invitations/:token',
    {
      schema: {
        tags: ['participants'],
        summary: 'The invited person confirms or declines; confirming when all places are taken puts them on the waitlist',
        params: invitationTokenParamsSchema,
        body: invitationAnswerSchema,
        response: { 200: invitationViewSchema },
      },
    },
    async (request) => answerInvitation(systemContext(request), request.params.token, request.body.answer),
  );
}
