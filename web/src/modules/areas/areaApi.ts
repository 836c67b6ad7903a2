import { api, asText, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';

export type MonitorSummary = ResponseOf<'/api/area-monitors'>['items'][number];
export type MonitorDetail = ResponseOf<'/api/area-monitors/{id}'>;
export type AreaIndicator = MonitorDetail['indicators'][number];
export type Direction = AreaIndicator['direction'];
export type NeedIndex = ResponseOf<'/api/area-monitors/{id}/need-index'>;
export type ImportReport = ResponseOf<'/api/area-monitors/{id}/values/import', 'post'>;
type BoundariesBody = NonNullable<NonNullable<NonNullable<import('../../lib/api/schema').paths['/api/area-monitors/{id}/boundaries']['post']>['requestBody']>['content']['application/geo+json']>;

/** Query keys of the area monitorings; every change invalidates `areaKeys.all`. */
export const areaKeys = {
  all: ['area-monitors'] as const,
  list: ['area-monitors', 'list'] as const,
  ofProject: (projectId: string) => ['area-monitors', 'of-project', projectId] as const,
  ofCity: (cityPlaceId: string) => ['area-monitors', 'city', cityPlaceId] as const,
  detail: (id: string | undefined) => ['area-monitors', 'detail', id] as const,
  values: (id: string, period: string) => ['area-monitors', 'values', id, period] as const,
  boundaries: (id: string) => ['area-monitors', 'boundaries', id] as const,
  needIndex: (id: string, period: string, tried: { weights?: string; directions?: string }) => ['area-monitors', 'need-index', id, period, tried] as const,
};

const ofMonitor = (id: string) => ({ params: { path: { id } } });

export const areaApi = {
  list: (query: QueryOf<'/api/area-monitors'>, signal?: AbortSignal) => dataOf(api.GET('/api/area-monitors', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/area-monitors/{id}', { ...ofMonitor(id), signal })),
  values: (id: string, period: string, signal?: AbortSignal) => dataOf(api.GET('/api/area-monitors/{id}/values', { params: { path: { id }, query: { period } }, signal })),
  boundaries: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/area-monitors/{id}/boundaries', { ...ofMonitor(id), signal })),
  needIndex: (id: string, query: QueryOf<'/api/area-monitors/{id}/need-index'>, signal?: AbortSignal) =>
    dataOf(api.GET('/api/area-monitors/{id}/need-index', { params: { path: { id }, query }, signal })),

  create: (body: DraftOf<'/api/area-monitors', 'post'>) => dataOf(api.POST('/api/area-monitors', { body })),
  update: (id: string, body: DraftOf<'/api/area-monitors/{id}', 'patch'>) => dataOf(api.PATCH('/api/area-monitors/{id}', { ...ofMonitor(id), body })),
  selectPilot: (id: string, body: DraftOf<'/api/area-monitors/{id}/pilot-selections', 'post'>) => dataOf(api.POST('/api/area-monitors/{id}/pilot-selections', { ...ofMonitor(id), body })),
  /** Imports area boundaries from the text of a GeoJSON file. */
  importBoundaries: (id: string, geoJson: string) => dataOf(api.POST('/api/area-monitors/{id}/boundaries', { ...ofMonitor(id), ...asText<BoundariesBody>(geoJson, 'application/geo+json') })),
  /** Imports indicator values from the text of a CSV file; a dry run only reports. */
  importValues: (id: string, csv: string, query: QueryOf<'/api/area-monitors/{id}/values/import', 'post'>) =>
    dataOf(api.POST('/api/area-monitors/{id}/values/import', { params: { path: { id }, query }, ...asText<string>(csv, 'text/csv') })),
};
