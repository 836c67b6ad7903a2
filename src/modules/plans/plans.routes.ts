import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv } from '../../core/csv/csv-export.js';
import { contentDisposition, exportFileName } from '../../core/export/file-names.js';
import { idParamsSchema } from '../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { registerHistoryRoute } from '../audit/audit.service.js';
import { agreeForSide, transitionPlan, withdrawAgreement } from './plan-agreement.service.js';
import { createPlan, deletePlan, updatePlan } from './plan-changes.service.js';
import { addMeasure, addMeasureFromSource, addPriority, deleteMeasure, deletePriority, updateMeasure, updatePriority } from './plan-content.service.js';
import { measureChunks, measureCsvColumns, planPdf } from './plan-exports.js';
import { deleteProgress, reportProgress } from './plan-progress.service.js';
import { pickLocalized } from './plan-text.js';
import { findPlanRow } from './plans.repository.js';
import {
  agreementCreateSchema,
  compareQuerySchema,
  comparisonSchema,
  dashboardSchema,
  measureCreateSchema,
  measureFromSourceSchema,
  measureLinkPageSchema,
  measureListQuerySchema,
  measureParamsSchema,
  measureUpdateSchema,
  planCreateSchema,
  planDetailSchema,
  planListQuerySchema,
  planPageSchema,
  planUpdateSchema,
  priorityInputSchema,
  priorityParamsSchema,
  priorityUpdateSchema,
  progressCreateSchema,
  progressListSchema,
  progressParamsSchema,
  progressUpdateSchema,
  sideParamsSchema,
  transitionSchema,
  versionDetailSchema,
  versionParamsSchema,
  measureAddedSchema,
  planExportQuerySchema,
} from './plans.schemas.js';
import { compareVersions, getPlan, getVersion, listMeasureLinks, listPlans, listProgress, planDashboard } from './plans.service.js';
import { registerPlanTimelineSource } from './plan-timeline.js';
import { registerPriorityReferences } from './priority-references.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { measureInvolvement, planInvolvement } from './plan-involvement.js';

const tags = ['action plans'];

/** A file name from the plan's title, in its own letters and transliterated for the ASCII fallback. */
const fileNameOf = (title: string, extension: string) => exportFileName([title], extension, 'action-plan');

export const plansRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, { context }) => {
  registerPlanTimelineSource();
  registerPriorityReferences();
  registerInvolvementSource(planInvolvement, measureInvolvement);

  registerHistoryRoute(app, { context, collection: '/api/action-plans', entityType: 'action_plan', what: 'Action plan', tag: 'action plans', load: findPlanRow });

  app.get('/api/action-plans', { schema: { tags, summary: 'List joint action plans by title', querystring: planListQuerySchema, response: { 200: planPageSchema } } }, async (request) =>
    listPlans(context(request), request.query),
  );
  app.post(
    '/api/action-plans',
    {
      schema: {
        tags,
        summary: 'Draft an action plan for a partnership or an area (owners, coordinators, members)',
        body: planCreateSchema,
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createPlan(context(request), request.body)),
  );
  app.get(
    '/api/action-plans/:id',
    { schema: { tags, summary: 'A plan with its sides and agreements, priorities, measures with their latest progress, and versions', params: idParamsSchema, response: { 200: planDetailSchema } } },
    async (request) => getPlan(context(request), request.params.id),
  );
  app.patch(
    '/api/action-plans/:id',
    {
      schema: {
        tags,
        summary: 'Change a draft plan (only its visibility once agreed); sides, when given, replace the current ones',
        params: idParamsSchema,
        body: planUpdateSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => updatePlan(context(request), request.params.id, request.body),
  );
  app.delete('/api/action-plans/:id', { schema: { tags, summary: 'Delete a plan that is not active', params: idParamsSchema, response: { 204: z.null() } } }, async (request, reply) => {
    await deletePlan(context(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post(
    '/api/action-plans/:id/priorities',
    { schema: { tags, summary: 'Add a cooperation priority to a draft plan', params: idParamsSchema, body: priorityInputSchema, response: { 201: planDetailSchema } } },
    async (request, reply) => reply.status(201).send(await addPriority(context(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/action-plans/:id/priorities/:priorityId',
    { schema: { tags, summary: 'Change a priority of a draft plan', params: priorityParamsSchema, body: priorityUpdateSchema, response: { 200: planDetailSchema } } },
    async (request) => updatePriority(context(request), request.params.id, request.params.priorityId, request.body),
  );
  app.delete(
    '/api/action-plans/:id/priorities/:priorityId',
    { schema: { tags, summary: 'Remove a priority without measures from a draft plan', params: priorityParamsSchema, response: { 200: planDetailSchema } } },
    async (request) => deletePriority(context(request), request.params.id, request.params.priorityId),
  );

  app.post(
    '/api/action-plans/:id/measures',
    {
      schema: {
        tags,
        summary: 'Add a measure to a draft plan; its dates must lie within the plan period',
        params: idParamsSchema,
        body: measureCreateSchema,
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addMeasure(context(request), request.params.id, request.body)),
  );
  app.post(
    '/api/action-plans/:id/measures/from-source',
    {
      schema: {
        tags,
        summary: 'Turn an exchange outcome, a project-group idea or another record into a measure, keeping the link back to it',
        params: idParamsSchema,
        body: measureFromSourceSchema,
        response: { 201: measureAddedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addMeasureFromSource(context(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/action-plans/:id/measures/:measureId',
    { schema: { tags, summary: 'Change a measure of a draft plan', params: measureParamsSchema, body: measureUpdateSchema, response: { 200: planDetailSchema } } },
    async (request) => updateMeasure(context(request), request.params.id, request.params.measureId, request.body),
  );
  app.delete(
    '/api/action-plans/:id/measures/:measureId',
    { schema: { tags, summary: 'Remove a measure from a draft plan', params: measureParamsSchema, response: { 200: planDetailSchema } } },
    async (request) => deleteMeasure(context(request), request.params.id, request.params.measureId),
  );
  app.get(
    '/api/action-plans/:id/measures/:measureId/progress',
    { schema: { tags, summary: 'The progress reports of a measure, newest first', params: measureParamsSchema, response: { 200: progressListSchema } } },
    async (request) => listProgress(context(request), request.params.id, request.params.measureId),
  );
  app.post(
    '/api/action-plans/:id/measures/:measureId/progress',
    {
      schema: {
        tags,
        summary: 'Report progress on a measure of an agreed plan (editors of the plan, coordinators of its sides)',
        params: measureParamsSchema,
        body: progressCreateSchema,
        response: { 201: progressUpdateSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await reportProgress(context(request), request.params.id, request.params.measureId, request.body)),
  );
  app.delete(
    '/api/action-plans/:id/progress/:updateId',
    { schema: { tags, summary: 'Remove a mistaken progress report (its author, editors of the plan)', params: progressParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteProgress(context(request), request.params.id, request.params.updateId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/action-plans/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Agree to the draft as it is, for one side (owners and coordinators of that side’s workspace); when every side has agreed, the plan is agreed and a version is kept',
        params: idParamsSchema,
        body: agreementCreateSchema,
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await agreeForSide(context(request), request.params.id, request.body.sideId)),
  );
  app.delete(
    '/api/action-plans/:id/agreements/:sideId',
    { schema: { tags, summary: 'Withdraw a side’s agreement while the plan is a draft', params: sideParamsSchema, response: { 200: planDetailSchema } } },
    async (request) => withdrawAgreement(context(request), request.params.id, request.params.sideId),
  );
  app.post(
    '/api/action-plans/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Put an agreed plan into effect (active), mark it done, or reopen it as a draft to amend it',
        params: idParamsSchema,
        body: transitionSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => transitionPlan(context(request), request.params.id, request.body.to),
  );

  app.get(
    '/api/action-plans/:id/versions/compare',
    {
      schema: {
        tags,
        summary: 'Field by field, what differs between two agreed versions, or a version and the current draft ("draft")',
        params: idParamsSchema,
        querystring: compareQuerySchema,
        response: { 200: comparisonSchema },
      },
    },
    async (request) => compareVersions(context(request), request.params.id, request.query.from, request.query.to),
  );
  app.get(
    '/api/action-plans/:id/versions/:number',
    { schema: { tags, summary: 'An agreed version of the plan, as it was agreed', params: versionParamsSchema, response: { 200: versionDetailSchema } } },
    async (request) => getVersion(context(request), request.params.id, request.params.number),
  );
  app.get(
    '/api/action-plans/:id/dashboard',
    { schema: { tags, summary: 'Timeline of measures, progress by priority, overdue measures', params: idParamsSchema, response: { 200: dashboardSchema } } },
    async (request) => planDashboard(context(request), request.params.id),
  );

  app.get(
    '/api/action-plans/:id/export.pdf',
    { schema: { tags, summary: 'The plan as a PDF document', params: idParamsSchema, querystring: planExportQuerySchema, produces: ['application/pdf'] } },
    async (request, reply) => {
      const plan = await getPlan(context(request), request.params.id);
      const file = fileNameOf(pickLocalized(plan.title, request.query.lang), 'pdf');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition('inline', file))
        .send(planPdf(plan, request.query.lang));
    },
  );
  app.get(
    '/api/action-plans/:id/measures.csv',
    { schema: { tags, summary: 'The measures of the plan as CSV', params: idParamsSchema, querystring: planExportQuerySchema, produces: ['text/csv'] } },
    async (request, reply) => {
      const plan = await getPlan(context(request), request.params.id);
      return sendCsv(reply, fileNameOf(pickLocalized(plan.title, request.query.lang), 'csv'), measureCsvColumns(plan, request.query.lang), measureChunks(plan));
    },
  );

  app.get(
    '/api/action-plan-measures',
    {
      schema: {
        tags,
        summary: 'Measures that came from a source (sourceType and sourceId) or belong to a project, in plans you can read',
        querystring: measureListQuerySchema,
        response: { 200: measureLinkPageSchema },
      },
    },
    async (request) => listMeasureLinks(context(request), request.query),
  );
};
