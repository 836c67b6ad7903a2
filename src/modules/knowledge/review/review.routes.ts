import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../../core/http/module-options.js';
import { acceptAllResultSchema, acceptSchema, proposalParamsSchema, proposalSchema, reviewSchema } from './review.schemas.js';
import { acceptAll, acceptProposal, extractAgain, getReview, rejectProposal, reopenProposal } from './review.service.js';

export interface ReviewRoutesOptions extends ModuleOptions {
  systemContext: ModuleOptions['context'];
}

export const reviewRoutes: FastifyPluginAsyncZod<ReviewRoutesOptions> = async (app, { context, systemContext }) => {
  app.get(
    '/api/documents/:id/review',
    {
      schema: {
        tags: ['documents'],
        summary: 'The proposals extracted from a document, field by field, with the sentence each came from and what accepting it would do',
        params: idParamsSchema,
        response: { 200: reviewSchema },
      },
    },
    async (request) => getReview(context(request), request.params.id),
  );
  app.post(
    '/api/documents/:id/review/extract',
    {
      schema: {
        tags: ['documents'],
        summary: 'Extract the proposals again (after the text changed); decided proposals stay',
        params: idParamsSchema,
        response: { 200: reviewSchema },
      },
    },
    async (request) => extractAgain(context(request), request.params.id),
  );
  app.post(
    '/api/documents/:id/review/accept-all',
    {
      schema: {
        tags: ['documents'],
        summary: 'Accept every proposal as suggested, each in its own transaction; those that need a decision are left',
        params: idParamsSchema,
        response: { 200: acceptAllResultSchema },
      },
    },
    async (request) => acceptAll(context(request), systemContext(request), request.params.id),
  );
  app.post(
    '/api/documents/:id/proposals/:proposalId/accept',
    {
      schema: {
        tags: ['documents'],
        summary: 'Accept a proposal: link the record it stands for or create it (values as proposed or edited), and link it to the document',
        params: proposalParamsSchema,
        body: acceptSchema,
        response: { 200: proposalSchema },
      },
    },
    async (request) => acceptProposal(context(request), systemContext(request), request.params.id, request.params.proposalId, request.body),
  );
  app.post(
    '/api/documents/:id/proposals/:proposalId/reject',
    { schema: { tags: ['documents'], summary: 'Reject a proposal', params: proposalParamsSchema, response: { 200: proposalSchema } } },
    async (request) => rejectProposal(context(request), request.params.id, request.params.proposalId),
  );
  app.post(
    '/api/documents/:id/proposals/:proposalId/reopen',
    { schema: { tags: ['documents'], summary: 'Take back a rejection: the proposal awaits review again', params: proposalParamsSchema, response: { 200: proposalSchema } } },
    async (request) => reopenProposal(context(request), request.params.id, request.params.proposalId),
  );
};
