import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import {
  introductionAcceptSchema,
  introductionCreateSchema,
  introductionDeclineSchema,
  introductionListQuerySchema,
  introductionListSchema,
  introductionPartnershipSchema,
  introductionSchema,
  pipelineQuerySchema,
  pipelineSchema,
} from './introductions.schemas.js';
import {
  acceptIntroduction,
  declineIntroduction,
  getIntroduction,
  introductionPipeline,
  listIntroductions,
  markIntroductionMet,
  partnerIntroduction,
  requestIntroduction,
} from './introductions.service.js';

export interface IntroductionsModuleOptions extends ModuleOptions {
  /** The address users reach, for the links in the mails. */
  publicUrl: string;
  /** Called after a committed change queued e-mail. */
  mailQueued: () => void;
}

export const introductionsRoutes: FastifyPluginAsyncZod<IntroductionsModuleOptions> = async (app, { context, publicUrl, mailQueued }) => {
  const mailing = <T>(result: { introduction: T; mailed: boolean }): T => {
    if (result.mailed) mailQueued();
    return result.introduction;
  };

  app.get(
    '/api/matching/introductions',
    {
      schema: {
        tags: ['matching'],
        summary: 'Introductions the viewer’s workspaces asked for or are asked to answer, newest first',
        querystring: introductionListQuerySchema,
        response: { 200: introductionListSchema },
      },
    },
    async (request) => listIntroductions(context(request), request.query),
  );

  app.get(
    '/api/matching/introductions/pipeline',
    {
      schema: {
        tags: ['matching'],
        summary: 'The introductions a workspace asked for or brokered, counted by stage (requested, accepted, met, partnered, declined)',
        querystring: pipelineQuerySchema,
        response: { 200: pipelineSchema },
      },
    },
    async (request) => introductionPipeline(context(request), request.query.workspaceId),
  );

  app.post(
    '/api/matching/introductions',
    {
      schema: {
        tags: ['matching'],
        summary: 'Ask for an introduction to a partner, for your own side or (brokering) for another workspace’s',
        body: introductionCreateSchema,
        response: { 201: introductionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(mailing(await requestIntroduction(context(request), request.body, publicUrl))),
  );

  app.get(
    '/api/matching/introductions/:id',
    {
      schema: { tags: ['matching'], summary: 'One introduction with its sides, answers, meeting and partnership', params: idParamsSchema, response: { 200: introductionSchema } },
    },
    async (request) => getIntroduction(context(request), request.params.id),
  );

  app.post(
    '/api/matching/introductions/:id/accept',
    {
      schema: {
        tags: ['matching'],
        summary: 'Accept an introduction for your side; once every side has, the first online meeting is created as an exchange',
        params: idParamsSchema,
        body: introductionAcceptSchema,
        response: { 200: introductionSchema },
      },
    },
    async (request) => mailing(await acceptIntroduction(context(request), request.params.id, request.body, publicUrl)),
  );

  app.post(
    '/api/matching/introductions/:id/decline',
    {
      schema: { tags: ['matching'], summary: 'Decline an introduction for your side, with a message', params: idParamsSchema, body: introductionDeclineSchema, response: { 200: introductionSchema } },
    },
    async (request) => mailing(await declineIntroduction(context(request), request.params.id, request.body, publicUrl)),
  );

  app.post(
    '/api/matching/introductions/:id/met',
    {
      schema: { tags: ['matching'], summary: 'Record that the first meeting took place', params: idParamsSchema, response: { 200: introductionSchema } },
    },
    async (request) => markIntroductionMet(context(request), request.params.id),
  );

  app.post(
    '/api/matching/introductions/:id/partnership',
    {
      schema: {
        tags: ['matching'],
        summary: 'Turn a met introduction into a partnership of the type chosen',
        params: idParamsSchema,
        body: introductionPartnershipSchema,
        response: { 200: introductionSchema },
      },
    },
    async (request) => partnerIntroduction(context(request), request.params.id, request.body),
  );
};
