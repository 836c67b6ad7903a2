import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, ResponseOf } from '../../lib/api/contract';

export type ThemeSummary = ResponseOf<'/api/themes/tree'>['items'][number];
export type ThemeDetail = ResponseOf<'/api/themes/{id}'>;
/** How other records show a theme they are tagged with. */
export type ThemeRef = ResponseOf<'/api/networks/{id}'>['themes'][number];

/** Query keys of the themes; every change invalidates `themeKeys.all`. */
export const themeKeys = {
  all: ['themes'] as const,
  tree: ['themes', 'tree'] as const,
  detail: (id: string | undefined) => ['themes', 'detail', id] as const,
};

export const themeApi = {
  tree: (signal?: AbortSignal) => dataOf(api.GET('/api/themes/tree', { signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/themes/{id}', { params: { path: { id } }, signal })),

  create: (body: DraftOf<'/api/themes', 'post'>) => dataOf(api.POST('/api/themes', { body })),
  update: (id: string, body: DraftOf<'/api/themes/{id}', 'patch'>) => dataOf(api.PATCH('/api/themes/{id}', { params: { path: { id } }, body })),
};
