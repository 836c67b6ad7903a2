import { api, dataOf, inPath } from '../../lib/api/client';
import type { BodyOf, DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import { recordKeys } from '../../lib/recordKeys';

export type PlanSummary = ResponseOf<'/api/action-plans'>['items'][number];
export type PlanDetail = ResponseOf<'/api/action-plans/{id}'>;
export type PlanStatus = PlanSummary['status'];
export type Measure = PlanDetail['measures'][number];
export type Indicator = Measure['indicators'][number];
export type ProjectRef = NonNullable<Measure['project']>;
export type ProgressUpdate = ResponseOf<'/api/action-plans/{id}/measures/{measureId}/progress'>['items'][number];
export type ProgressStatus = ProgressUpdate['status'];
export type Priority = PlanDetail['priorities'][number];
export type Side = PlanDetail['sides'][number];
export type InviteBlocker = NonNullable<Side['inviteBlocker']>;
export type AgreeBlocker = NonNullable<Side['agreeBlocker']>;
export type VersionSummary = PlanDetail['versions'][number];
export type SnapshotChange = ResponseOf<'/api/action-plans/{id}/versions/compare'>['changes'][number];
export type Dashboard = ResponseOf<'/api/action-plans/{id}/dashboard'>;
export type PlanBudget = ResponseOf<'/api/action-plans/{id}/budget'>;
export type BudgetTotals = PlanBudget['totals'][number];
export type UpcomingDeadline = ResponseOf<'/api/funding-deadlines'>['items'][number];
export type PlanFilters = Omit<QueryOf<'/api/action-plans'>, 'limit' | 'cursor'>;
type Transition = BodyOf<'/api/action-plans/{id}/transitions', 'post'>['to'];

/** Query keys of the action plans; every change invalidates `planKeys.all`. */
export const planKeys = {
  ...recordKeys<PlanFilters>('action-plans'),
  dashboard: (id: string | undefined) => ['action-plans', 'dashboard', id] as const,
  budget: (id: string | undefined) => ['action-plans', 'budget', id] as const,
  progress: (measureId: string, latestId: string | undefined) => ['action-plans', 'progress', measureId, latestId] as const,
  compare: (id: string | undefined, from: string, to: string, revision: number | undefined) => ['action-plans', 'compare', id, from, to, revision] as const,
  measuresOfProject: (projectId: string) => ['action-plans', 'measures-of-project', projectId] as const,
  /** Funding deadlines are shown beside the plans; they change with the funding programmes. */
  upcomingDeadlines: (limit: number) => ['funding', 'deadlines', limit] as const,
};

const ofPlan = (id: string) => ({ params: { path: { id } } });

export const planApi = {
  list: (query: QueryOf<'/api/action-plans'>, signal?: AbortSignal) => dataOf(api.GET('/api/action-plans', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/action-plans/{id}', { ...ofPlan(id), signal })),
  dashboard: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/action-plans/{id}/dashboard', { ...ofPlan(id), signal })),
  budget: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/action-plans/{id}/budget', { ...ofPlan(id), signal })),
  progress: (id: string, measureId: string, signal?: AbortSignal) => dataOf(api.GET('/api/action-plans/{id}/measures/{measureId}/progress', { params: { path: { id, measureId } }, signal })),
  compare: (id: string, from: string, to: string, signal?: AbortSignal) => dataOf(api.GET('/api/action-plans/{id}/versions/compare', { params: { path: { id }, query: { from, to } }, signal })),
  measures: (query: QueryOf<'/api/action-plan-measures'>, signal?: AbortSignal) => dataOf(api.GET('/api/action-plan-measures', { params: { query }, signal })),
  upcomingDeadlines: (limit: number, signal?: AbortSignal) => dataOf(api.GET('/api/funding-deadlines', { params: { query: { limit } }, signal })),

  create: (body: DraftOf<'/api/action-plans', 'post'>) => dataOf(api.POST('/api/action-plans', { body })),
  update: (id: string, body: DraftOf<'/api/action-plans/{id}', 'patch'>) => dataOf(api.PATCH('/api/action-plans/{id}', { ...ofPlan(id), body })),
  addMeasure: (id: string, body: DraftOf<'/api/action-plans/{id}/measures', 'post'>) => dataOf(api.POST('/api/action-plans/{id}/measures', { ...ofPlan(id), body })),
  updateMeasure: (id: string, measureId: string, body: DraftOf<'/api/action-plans/{id}/measures/{measureId}', 'patch'>) =>
    dataOf(api.PATCH('/api/action-plans/{id}/measures/{measureId}', { ...inPath({ id, measureId }), body })),
  removeMeasure: (id: string, measureId: string) => dataOf(api.DELETE('/api/action-plans/{id}/measures/{measureId}', inPath({ id, measureId }))),
  reportProgress: (id: string, measureId: string, body: DraftOf<'/api/action-plans/{id}/measures/{measureId}/progress', 'post'>) =>
    dataOf(api.POST('/api/action-plans/{id}/measures/{measureId}/progress', { ...inPath({ id, measureId }), body })),
  removeProgress: (id: string, updateId: string) => dataOf(api.DELETE('/api/action-plans/{id}/progress/{updateId}', inPath({ id, updateId }))),
  addPriority: (id: string, body: DraftOf<'/api/action-plans/{id}/priorities', 'post'>) => dataOf(api.POST('/api/action-plans/{id}/priorities', { ...ofPlan(id), body })),
  updatePriority: (id: string, priorityId: string, body: DraftOf<'/api/action-plans/{id}/priorities', 'post'>) =>
    dataOf(api.PATCH('/api/action-plans/{id}/priorities/{priorityId}', { ...inPath({ id, priorityId }), body })),
  removePriority: (id: string, priorityId: string) => dataOf(api.DELETE('/api/action-plans/{id}/priorities/{priorityId}', inPath({ id, priorityId }))),
  /** A side agrees to the plan's current version; once every side has, the plan is agreed. */
  agree: (id: string, sideId: string) => dataOf(api.POST('/api/action-plans/{id}/agreements', { ...ofPlan(id), body: { sideId } })),
  withdrawAgreement: (id: string, sideId: string) => dataOf(api.DELETE('/api/action-plans/{id}/agreements/{sideId}', inPath({ id, sideId }))),
  transition: (id: string, to: Transition) => dataOf(api.POST('/api/action-plans/{id}/transitions', { ...ofPlan(id), body: { to } })),
  /** Records spending on a project or a measure. */
  recordSpending: (body: DraftOf<'/api/expenditures', 'post'>) => dataOf(api.POST('/api/expenditures', { body })),
};
