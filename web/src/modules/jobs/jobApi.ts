import { api, dataOf } from '../../lib/api/client';
import type { ResponseOf } from '../../lib/api/contract';

/** Work the server does in the background (a batch of uploaded files, the world gazetteer), as `GET /api/jobs/:id` reports it. */
export type Job = ResponseOf<'/api/jobs/{id}'>;

export const jobKeys = {
  job: (id: string | undefined) => ['jobs', id] as const,
  gazetteer: ['jobs', 'gazetteer'] as const,
};

export const jobApi = {
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/jobs/{id}', { params: { path: { id } }, signal })),
  gazetteer: (signal?: AbortSignal) => dataOf(api.GET('/api/jobs/gazetteer', { signal })),
};
