import { api, dataOf } from '../../lib/api/client';
import { enumValues, type BodyOf, type Draft, type QueryOf, type ResponseOf } from '../../lib/api/contract';

export type ProjectSummary = ResponseOf<'/api/projects'>['items'][number];
export type ProjectDetail = ResponseOf<'/api/projects/{id}'>;
export type ProjectBudgetView = ResponseOf<'/api/projects/{id}/budget'>;
export type ProjectStatus = ProjectSummary['status'];
type PartnerRole = ProjectDetail['partners'][number]['role'];
type PhaseStatus = ProjectDetail['phases'][number]['status'];
type OutputKind = ProjectDetail['outputs'][number]['kind'];
type TransferRating = ProjectDetail['transferability'][number]['rating'];
type ProjectBody = Draft<BodyOf<'/api/projects', 'post'>>;
type ProjectChanges = Draft<BodyOf<'/api/projects/{id}', 'patch'>>;

export const PROJECT_STATUSES = enumValues<ProjectStatus>()(['idea', 'planned', 'running', 'completed', 'discontinued']);
export const PARTNER_ROLES = enumValues<PartnerRole>()([
  'partner',
  'consultancy',
  'implementer',
  'funder',
  'advisor',
  'client',
  'co_host',
  'process_support',
  'preparation',
  'execution',
  'follow_up',
  'sponsor',
]);
export const PHASE_STATUSES = enumValues<PhaseStatus>()(['planned', 'running', 'completed']);
export const OUTPUT_KINDS = enumValues<OutputKind>()(['report', 'concept', 'action_plan', 'tool', 'event', 'publication', 'document']);
export const TRANSFER_RATINGS = enumValues<TransferRating>()(['transferable', 'partly_transferable', 'not_transferable', 'open']);

/** Query keys of the projects; every change invalidates `projectKeys.all`. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (status: ProjectStatus | undefined) => ['projects', 'list', status] as const,
  detail: (id: string | undefined) => ['projects', 'detail', id] as const,
  /** The first hundred by title, to choose from in forms. */
  choices: ['projects', 'choices'] as const,
  budget: (id: string) => ['projects', 'budget', id] as const,
};

export const projectApi = {
  list: (query: QueryOf<'/api/projects'>, signal?: AbortSignal) => dataOf(api.GET('/api/projects', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/projects/{id}', { params: { path: { id } }, signal })),
  budget: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/projects/{id}/budget', { params: { path: { id } }, signal })),

  create: (body: ProjectBody) => dataOf(api.POST('/api/projects', { body: body as BodyOf<'/api/projects', 'post'> })),
  update: (id: string, body: ProjectChanges) => dataOf(api.PATCH('/api/projects/{id}', { params: { path: { id } }, body: body as BodyOf<'/api/projects/{id}', 'patch'> })),
};
