import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { planBudget, projectBudget } from './budgets.service.js';
import { findGrantRow, findProgrammeRow } from './funding.repository.js';
import {
  deadlineListQuerySchema,
  deadlinePageSchema,
  expenditureCreateSchema,
  expenditureListQuerySchema,
  expenditurePageSchema,
  expenditureSchema,
  expenditureUpdateSchema,
  grantCreateSchema,
  grantListQuerySchema,
  grantPageSchema,
  grantSchema,
  grantUpdateSchema,
  planBudgetSchema,
  programmeCreateSchema,
  programmeDetailSchema,
  programmeListQuerySchema,
  programmePageSchema,
  programmeUpdateSchema,
  projectBudgetSchema,
} from './funding.schemas.js';
import { createExpenditure, createGrant, deleteExpenditure, deleteGrant, getGrant, listExpenditures, listGrants, updateExpenditure, updateGrant } from './grants.service.js';
import { createProgramme, deleteProgramme, getProgramme, listProgrammes, listUpcomingDeadlines, updateProgramme } from './programmes.service.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { grantInvolvement } from './grant-involvement.js';

const tags = ['funding'];

export const fundingRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerInvolvementSource(grantInvolvement);
  registerHistoryRoute(app, { context, collection: '/api/funding-programmes', entityType: 'funding_programme', what: 'Funding programme', tag: 'funding', load: findProgrammeRow });
  registerHistoryRoute(app, { context, collection: '/api/grants', entityType: 'grant', what: 'Grant', tag: 'funding', load: findGrantRow });

  app.get('/api/funding-programmes', { schema: { tags, summary: 'The catalogue of funding programmes', querystring: programmeListQuerySchema, response: { 200: programmePageSchema } } }, async (request) =>
    listProgrammes(context(request), request.query),
  );
  app.get('/api/funding-programmes/:id', { schema: { tags, summary: 'A programme with its funder, period, instruments and deadlines', params: idParamsSchema, response: { 200: programmeDetailSchema } } }, async (request) =>
    getProgramme(context(request), request.params.id),
  );
  app.post('/api/funding-programmes', { schema: { tags, summary: 'Add a programme to the catalogue', body: programmeCreateSchema, response: { 201: programmeDetailSchema } } }, async (request, reply) =>
    reply.status(201).send(await createProgramme(context(request), request.body)),
  );
  app.patch(
    '/api/funding-programmes/:id',
    { schema: { tags, summary: 'Change a programme; instruments and deadlines, when given, replace the current ones', params: idParamsSchema, body: programmeUpdateSchema, response: { 200: programmeDetailSchema } } },
    async (request) => updateProgramme(context(request), request.params.id, request.body),
  );
  app.delete('/api/funding-programmes/:id', { schema: { tags, summary: 'Delete a programme without grants', params: idParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteProgramme(context(request), request.params.id);
    return reply.status(204).send(null);
  });
  app.get('/api/funding-deadlines', { schema: { tags, summary: 'Upcoming deadlines of the programmes you can see, soonest first', querystring: deadlineListQuerySchema, response: { 200: deadlinePageSchema } } }, async (request) =>
    listUpcomingDeadlines(context(request), request.query),
  );

  app.get('/api/grants', { schema: { tags, summary: 'Grants by programme, project or measure', querystring: grantListQuerySchema, response: { 200: grantPageSchema } } }, async (request) =>
    listGrants(context(request), request.query),
  );
  app.get('/api/grants/:id', { schema: { tags, summary: 'A grant', params: idParamsSchema, response: { 200: grantSchema } } }, async (request) => getGrant(context(request), request.params.id));
  app.post('/api/grants', { schema: { tags, summary: 'Record a grant of a programme to a project or a measure', body: grantCreateSchema, response: { 201: grantSchema } } }, async (request, reply) =>
    reply.status(201).send(await createGrant(context(request), request.body)),
  );
  app.patch('/api/grants/:id', { schema: { tags, summary: 'Change a grant', params: idParamsSchema, body: grantUpdateSchema, response: { 200: grantSchema } } }, async (request) =>
    updateGrant(context(request), request.params.id, request.body),
  );
  app.delete('/api/grants/:id', { schema: { tags, summary: 'Delete a grant', params: idParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteGrant(context(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/expenditures', { schema: { tags, summary: 'Spending on a project, a measure or out of a grant, by date', querystring: expenditureListQuerySchema, response: { 200: expenditurePageSchema } } }, async (request) =>
    listExpenditures(context(request), request.query),
  );
  app.post('/api/expenditures', { schema: { tags, summary: 'Record spending on a project or a measure', body: expenditureCreateSchema, response: { 201: expenditureSchema } } }, async (request, reply) =>
    reply.status(201).send(await createExpenditure(context(request), request.body)),
  );
  app.patch('/api/expenditures/:id', { schema: { tags, summary: 'Correct recorded spending', params: idParamsSchema, body: expenditureUpdateSchema, response: { 200: expenditureSchema } } }, async (request) =>
    updateExpenditure(context(request), request.params.id, request.body),
  );
  app.delete('/api/expenditures/:id', { schema: { tags, summary: 'Delete recorded spending', params: idParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteExpenditure(context(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/projects/:id/budget', { schema: { tags, summary: 'Budget against grants and spending of a project', params: idParamsSchema, response: { 200: projectBudgetSchema } } }, async (request) =>
    projectBudget(context(request), request.params.id),
  );
  app.get('/api/action-plans/:id/budget', { schema: { tags, summary: 'Budget against grants and spending per measure and for the whole plan', params: idParamsSchema, response: { 200: planBudgetSchema } } }, async (request) =>
    planBudget(context(request), request.params.id),
  );
};
