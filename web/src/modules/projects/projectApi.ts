import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import { recordKeys } from '../../lib/recordKeys';

export type ProjectSummary = ResponseOf<'/api/projects'>['items'][number];
export type ProjectDetail = ResponseOf<'/api/projects/{id}'>;
export type ProjectBudgetView = ResponseOf<'/api/projects/{id}/budget'>;
export type ProjectStatus = ProjectSummary['status'];

/** Query keys of the projects; every change invalidates `projectKeys.all`. */
export const projectKeys = {
  ...recordKeys<ProjectStatus | undefined>('projects'),
  /** The first hundred by title, to choose from in forms. */
  choices: ['projects', 'choices'] as const,
  budget: (id: string) => ['projects', 'budget', id] as const,
};

export const projectApi = {
  list: (query: QueryOf<'/api/projects'>, signal?: AbortSignal) => dataOf(api.GET('/api/projects', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/projects/{id}', { params: { path: { id } }, signal })),
  budget: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/projects/{id}/budget', { params: { path: { id } }, signal })),

  create: (body: DraftOf<'/api/projects', 'post'>) => dataOf(api.POST('/api/projects', { body })),
  update: (id: string, body: DraftOf<'/api/projects/{id}', 'patch'>) => dataOf(api.PATCH('/api/projects/{id}', { params: { path: { id } }, body })),
};
